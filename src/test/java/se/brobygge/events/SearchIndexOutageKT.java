package se.brobygge.events;

import static com.github.mvysny.kaributesting.v10.LocatorJ._click;
import static com.github.mvysny.kaributesting.v10.LocatorJ._find;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static org.assertj.core.api.Assertions.assertThat;

import com.github.mvysny.kaributesting.v10.NotificationsKt;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.datetimepicker.DateTimePicker;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.textfield.IntegerField;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.component.virtuallist.VirtualList;
import com.vaadin.flow.data.provider.Query;
import java.time.Duration;
import java.time.LocalDateTime;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import se.brobygge.identity.Roles;
import se.brobygge.shared.search.SearchIndexHealth;
import se.brobygge.support.FileSearchIndex;
import se.brobygge.support.KaribuTest;

/**
 * With the search index on disk broken, publishing an event, signing up and looking for it read as
 * on any day: the event's page, the sign-up code and the list, never "something went wrong".
 */
@FileSearchIndex.Context
class SearchIndexOutageKT extends KaribuTest {

    @Autowired
    SearchIndexHealth health;

    @AfterEach
    void mend() throws InterruptedException {
        FileSearchIndex.mend("events");
        long deadline = System.nanoTime() + Duration.ofSeconds(60).toNanos();
        while (health.degraded() && System.nanoTime() < deadline) {
            Thread.sleep(100);
        }
        assertThat(health.degraded()).as("the index is rebuilt after the test").isFalse();
    }

    @Test
    void publishingSigningUpAndSearchingWhileTheIndexCannotBeWrittenSucceed() {
        String title = "Syjunta " + System.nanoTime();
        FileSearchIndex.breakIndex("events");

        signIn("Lina", Roles.STAFF);
        UI.getCurrent().navigate("staff/events/new");
        _get(TextField.class, spec -> spec.withLabel("Namn på evenemanget")).setValue(title);
        LocalDateTime start = LocalDateTime.now()
                .plusDays(4)
                .withHour(17)
                .withMinute(0)
                .withSecond(0)
                .withNano(0);
        _get(DateTimePicker.class, spec -> spec.withLabel("Börjar")).setValue(start);
        _get(DateTimePicker.class, spec -> spec.withLabel("Slutar")).setValue(start.plusHours(2));
        _get(TextField.class, spec -> spec.withLabel("Länk för att delta på nätet"))
                .setValue("https://meet.brohamn.example/sy");
        _get(IntegerField.class, spec -> spec.withLabel("Antal platser")).setValue(20);
        _click(_get(Button.class, spec -> spec.withText("Publicera")));
        assertThat(_get(H1.class).getText())
                .as("the event's page, as after any save")
                .isEqualTo(title);
        NotificationsKt.expectNoNotifications();
        assertThat(health.degraded()).as("the index write did fail").isTrue();

        signOut();
        signIn("Amal", Roles.RESIDENT);
        UI.getCurrent().navigate(UI.getCurrent().getActiveViewLocation().getPath());
        _click(_get(Button.class, spec -> spec.withText("Anmäl mig")));
        assertThat(_find(Paragraph.class).stream().map(Paragraph::getText))
                .anyMatch(text -> text.startsWith("Du är anmäld. Din kod: "));
        assertThat(_find(Button.class, spec -> spec.withText("Anmäl mig")))
                .as("no stale sign-up button")
                .isEmpty();
        NotificationsKt.expectNotifications("Klart! Du är anmäld. Bekräftelsen kommer med e-post.");

        UI.getCurrent().navigate("events");
        _get(TextField.class, spec -> spec.withLabel("Sök")).setValue(title.toLowerCase());
        @SuppressWarnings("unchecked")
        VirtualList<EventSummary> list = _get(VirtualList.class);
        assertThat(list.getDataProvider().fetch(new Query<>()).map(EventSummary::title))
                .containsExactly(title);
        assertThat(_find(Paragraph.class).stream().map(Paragraph::getText)).contains("1 evenemang");
        NotificationsKt.expectNoNotifications();
    }
}
