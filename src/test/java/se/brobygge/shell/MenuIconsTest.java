package se.brobygge.shell;

import static org.assertj.core.api.Assertions.assertThat;

import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.router.Menu;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.config.BeanDefinition;
import org.springframework.context.annotation.ClassPathScanningCandidateComponentProvider;
import org.springframework.core.type.filter.AnnotationTypeFilter;

/** Every entry of the side navigation has an icon, and one that exists: a missing one leaves a gap. */
class MenuIconsTest {

    @Test
    void everyMenuEntryNamesAnExistingVaadinIcon() throws Exception {
        ClassPathScanningCandidateComponentProvider scanner = new ClassPathScanningCandidateComponentProvider(false);
        scanner.addIncludeFilter(new AnnotationTypeFilter(Menu.class));
        List<String> icons = Arrays.stream(VaadinIcon.values())
                .map(VaadinIcon::create)
                .map(icon -> icon.getElement().getAttribute("icon"))
                .toList();
        List<String> wrong = new ArrayList<>();
        int entries = 0;
        for (BeanDefinition candidate : scanner.findCandidateComponents("se.brobygge")) {
            Class<?> view = Class.forName(candidate.getBeanClassName());
            Menu menu = view.getAnnotation(Menu.class);
            entries++;
            if (menu.icon() == null || menu.icon().isBlank() || !icons.contains(menu.icon())) {
                wrong.add(view.getSimpleName() + " (" + menu.title() + "): '" + menu.icon() + "'");
            }
        }
        assertThat(entries).as("menu entries found").isGreaterThan(30);
        assertThat(wrong).as("menu entries without an existing icon").isEmpty();
    }
}
