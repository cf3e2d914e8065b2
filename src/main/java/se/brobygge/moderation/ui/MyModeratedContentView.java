package se.brobygge.moderation.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Main;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.PermitAll;
import java.util.Map;
import se.brobygge.moderation.AppealService;
import se.brobygge.moderation.MyModeratedItem;
import se.brobygge.shared.InvalidInputException;
import se.brobygge.shared.ui.FieldErrors;

/** What of mine a moderator hid, and why; I may appeal each once, and another moderator decides. */
@Route("my-content/moderated")
@PermitAll
class MyModeratedContentView extends Main implements HasDynamicTitle {

    private final AppealService appeals;
    private final Paragraph status = new Paragraph();
    private final Div list = new Div();

    MyModeratedContentView(AppealService appeals) {
        this.appeals = appeals;
        addClassName("my-moderated-view");
        status.getElement().setAttribute("role", "status");
        add(
                new H1(getTranslation("moderation.mine.title")),
                new Paragraph(getTranslation("moderation.mine.intro")),
                status,
                list);
        render();
    }

    private void render() {
        list.removeAll();
        var items = appeals.mine();
        if (items.isEmpty()) {
            list.add(new Paragraph(getTranslation("moderation.mine.none")));
        }
        for (MyModeratedItem item : items) {
            Div card = new Div();
            card.addClassName("moderated-item");
            card.getStyle()
                    .set("border-block-end", "1px solid var(--lumo-contrast-10pct)")
                    .set("padding-block", "var(--lumo-space-s)");
            card.add(new H2(getTranslation("moderation.module." + item.ref().module())));
            Div text = new Div();
            text.setText(item.text());
            text.getElement().setAttribute("dir", "auto");
            text.getStyle().set("white-space", "pre-wrap");
            card.add(text);
            Paragraph reason = new Paragraph(getTranslation("moderation.mine.reason", item.reason()));
            reason.addClassName("moderation-reason");
            card.add(reason);
            if (item.link() != null && item.link().startsWith("/")) {
                card.add(new Paragraph(new Anchor(item.link().substring(1), getTranslation("moderation.item.open"))));
            }
            if (item.mayAppeal()) {
                TextArea words = new TextArea(getTranslation("moderation.mine.appealText"));
                words.setMaxLength(2000);
                words.setWidthFull();
                Button appeal = new Button(getTranslation("moderation.mine.appeal"), e -> {
                    try {
                        appeals.appeal(item.id(), words.getValue());
                        render();
                        status.setText(getTranslation("moderation.mine.appealed"));
                    } catch (InvalidInputException ex) {
                        FieldErrors.show(ex, Map.of("appeal", words), this);
                    }
                });
                appeal.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
                appeal.addClassName("appeal-button");
                card.add(words, appeal);
            } else if (item.appealedAt() != null) {
                card.add(new Paragraph(getTranslation("moderation.mine.appealPending")));
            }
            list.add(card);
        }
    }

    @Override
    public String getPageTitle() {
        return getTranslation("moderation.mine.title") + " – Brobygge";
    }
}
