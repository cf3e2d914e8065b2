package se.brobygge.shared.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.icon.VaadinIcon;
import org.jspecify.annotations.Nullable;
import se.brobygge.shared.i18n.Language;

/**
 * "Easy to read" on a page: opens the page's easy-read text ({@code easyread.<page>.title} and
 * {@code .text}) in a dialog over the page, so nothing typed on the page is lost. The dialog links
 * to the matching easy-read help topic, which lives in the insights module and is linked by path.
 */
public class EasyReadButton extends Button {

    private final String page;
    private final @Nullable String helpTopic;

    /**
     * @param page one of: signup, mentoring, mydata, dialogue
     * @param helpTopic the help page's topic to link to, or null
     */
    public EasyReadButton(String page, @Nullable String helpTopic) {
        this.page = page;
        this.helpTopic = helpTopic;
        setText(getTranslation("easyread.open"));
        setIcon(VaadinIcon.OPEN_BOOK.create());
        addThemeVariants(ButtonVariant.LUMO_SMALL);
        addClassName("easy-read-button");
        getElement().setAttribute("aria-haspopup", "dialog");
        addClickListener(e -> open());
    }

    /** Opens the easy-read dialog and returns it. */
    public Dialog open() {
        Dialog dialog = new Dialog();
        dialog.addClassName("easy-read-dialog");
        dialog.setHeaderTitle(getTranslation("easyread." + page + ".title"));
        EasyReadText text = new EasyReadText(
                getTranslation("easyread." + page + ".text"),
                Language.of(getLocale()).code());
        // short lines read best; on a phone the dialog keeps to the screen by itself
        text.getStyle().set("max-width", "36rem");
        dialog.add(text);
        if (helpTopic != null) {
            Anchor more = new Anchor("help?easy#help-" + helpTopic, getTranslation("easyread.more"));
            more.addClassName("easy-read-more");
            dialog.add(new Paragraph(more));
        }
        Button close = new Button(getTranslation("easyread.close"), e -> dialog.close());
        close.addClassName("easy-read-close");
        dialog.getFooter().add(close);
        // back where the person was reading, also after Escape
        dialog.addOpenedChangeListener(e -> {
            if (!e.isOpened()) {
                focus();
            }
        });
        dialog.open();
        return dialog;
    }
}
