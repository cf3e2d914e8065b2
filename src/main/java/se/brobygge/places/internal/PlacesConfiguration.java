package se.brobygge.places.internal;

import java.util.List;
import org.springframework.boot.autoconfigure.condition.ConditionalOnMissingBean;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import se.brobygge.places.UpcomingEventsAtPlace;

@Configuration(proxyBeanMethods = false)
class PlacesConfiguration {

    /** Until the events module provides its own, a place has no upcoming events. */
    @Bean
    @ConditionalOnMissingBean(UpcomingEventsAtPlace.class)
    UpcomingEventsAtPlace noUpcomingEvents() {
        return (place, limit) -> List.of();
    }
}
