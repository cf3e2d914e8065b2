package se.brobygge.dialogue.ui;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.HasValidation;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Section;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import java.util.function.Consumer;
import org.jspecify.annotations.Nullable;
import se.brobygge.dialogue.DialogueId;
import se.brobygge.dialogue.DialogueService;
import se.brobygge.dialogue.Summary;
import se.brobygge.shared.InvalidInputException;
import se.brobygge.shared.i18n.Formats;
import se.brobygge.shared.i18n.MultilingualText;
import se.brobygge.shared.ui.DateField;
import se.brobygge.shared.ui.FieldErrors;
import se.brobygge.shared.ui.MultilingualField;
import se.brobygge.shared.ui.TranslatedText;

/**
 * A closed dialogue's summary: shown to everyone in the reader's language when staff gave it,
 * otherwise in Swedish marked as such (decision 0050), and the form staff write it in, Swedish
 * required and any other language beside it.
 */
final class DialogueSummary {

    private DialogueSummary() {}

    /** The summary as readers see it. */
    static Section shown(Summary summary, Component in, Locale locale) {
        Section s = new Section();
        s.addClassName("dialogue-summary");
        s.add(new H2(in.getTranslation("dialogue.summary.title")));
        s.add(new H3(in.getTranslation("dialogue.summary.heard")));
        text(s, summary.heardTexts(), in);
        s.add(new H3(in.getTranslation("dialogue.summary.actions")));
        text(s, summary.actionTexts(), in);
        if (summary.reportBack() != null) {
            s.add(
                    new H3(in.getTranslation("dialogue.summary.reportBack")),
                    new Paragraph(Formats.longDate(summary.reportBack(), locale)));
        }
        return s;
    }

    /** Plain text keeping its line breaks, in its language, the mark before it when it falls back. */
    private static void text(Section s, MultilingualText text, Component in) {
        MultilingualText.Shown shown = text.in(TranslatedText.page(in));
        TranslatedText.mark(shown, in).ifPresent(s::add);
        Paragraph p = new Paragraph();
        p.setText(shown.text());
        p.getStyle().set("white-space", "pre-wrap");
        s.add(TranslatedText.text(p, shown));
    }

    /** The form staff write (or correct) the summary in; {@code saved} gets the message to show. */
    static Div form(
            DialogueService dialogues, DialogueId id, @Nullable Summary current, Component in, Consumer<String> saved) {
        Div form = new Div();
        form.addClassName("summary-form");
        form.add(new H3(in.getTranslation("dialogue.summary.write")));
        MultilingualField heard =
                MultilingualField.area("heard", in.getTranslation("dialogue.summary.heard"), 20_000, true);
        MultilingualField actions =
                MultilingualField.area("actions", in.getTranslation("dialogue.summary.actions"), 20_000, true);
        DateField reportBack = new DateField(in.getTranslation("dialogue.summary.reportBack"));
        if (current != null) {
            heard.setValue(current.heardTexts());
            actions.setValue(current.actionTexts());
            reportBack.setValue(current.reportBack());
        }
        Map<String, HasValidation> fields = new LinkedHashMap<>();
        fields.putAll(heard.fields());
        fields.putAll(actions.fields());
        fields.put("reportBack", reportBack);
        Button save = new Button(in.getTranslation("dialogue.summary.save"), e -> {
            try {
                dialogues.summarise(id, Summary.of(heard.getValue(), actions.getValue(), reportBack.getValue()));
                saved.accept(in.getTranslation("dialogue.summary.saved"));
            } catch (InvalidInputException ex) {
                FieldErrors.show(ex, fields, in);
                heard.reveal();
                actions.reveal();
            }
        });
        save.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        save.addClassName("summary-save");
        form.add(heard, actions, reportBack, save);
        return form;
    }
}
