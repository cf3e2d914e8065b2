package se.brobygge.shared.ui;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.icon.VaadinIcon;

/**
 * A list's filters. On a wide screen they stand above the results as they are; on a phone they sit
 * behind one "Filter" button, so the results come first, and the button says how many filters are
 * set ("Filter (2)") to sighted readers and screen readers alike. The fields stay where they are
 * while hidden, so a filter set from the address or before folding still applies.
 */
public class FilterPanel extends Div {

    static final String OPEN = "open";

    private final Button toggle = new Button();
    private final Div fields = new Div();
    private int active;

    public FilterPanel(Component... filters) {
        addClassName("filter-panel");
        toggle.addClassName("filter-toggle");
        toggle.setIcon(VaadinIcon.FILTER.create());
        toggle.addThemeVariants(ButtonVariant.LUMO_TERTIARY);
        fields.addClassName("filter-fields");
        fields.setId("filter-fields-" + Integer.toHexString(System.identityHashCode(this)));
        toggle.getElement().setAttribute("aria-controls", fields.getId().orElseThrow());
        toggle.addClickListener(e -> setOpened(!isOpened()));
        fields.add(filters);
        add(toggle, fields);
        setOpened(false);
        showCount();
    }

    /** Adds filters after the first ones, e.g. a view switch. */
    public void addFilters(Component... filters) {
        fields.add(filters);
    }

    /** How many filters the reader has set; the button shows it. */
    public void setActive(int count) {
        if (count != active) {
            active = count;
            showCount();
        }
    }

    /** Whether a phone shows the filters (a wide screen always does). */
    public boolean isOpened() {
        return hasClassName(OPEN);
    }

    public void setOpened(boolean opened) {
        setClassName(OPEN, opened);
        toggle.getElement().setAttribute("aria-expanded", String.valueOf(opened));
    }

    private void showCount() {
        if (active == 0) {
            toggle.setText(getTranslation("filter.toggle"));
            toggle.getElement().removeAttribute("aria-label");
        } else {
            toggle.setText(getTranslation("filter.toggle.active", active));
            toggle.getElement().setAttribute("aria-label", getTranslation("filter.toggle.label", active));
        }
    }
}
