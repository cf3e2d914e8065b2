package se.brobygge.shared.ui;

import com.vaadin.flow.component.Composite;
import com.vaadin.flow.component.HasValidation;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.NativeButton;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.component.textfield.TextFieldBase;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import se.brobygge.shared.i18n.Language;
import se.brobygge.shared.i18n.LanguageNames;
import se.brobygge.shared.i18n.MultilingualText;

/**
 * A text that staff or an organiser may write in several languages: one tab per language, each
 * with its own field. Swedish, the original every reader falls back to, is required; the other
 * languages are optional. Each field is typed in its language's direction and carries its
 * {@code lang} ({@link Written#input}), its label names the language for screen readers, and its
 * errors are shown next to it ({@link #fields}: "title" for Swedish, "title.ar" for Arabic).
 * All panels stay in the page, only the chosen one visible, so nothing typed is lost when
 * switching; a field with an error is brought into view by {@link #reveal}.
 */
public class MultilingualField extends Composite<Div> {

    /** The languages texts can be written in, Swedish first. */
    public static final List<Language> LANGUAGES = List.of(Language.values());

    private final String name;
    /** The language choice: a group of toggle buttons, the chosen one pressed. */
    private final Div tabs = new Div();

    private final Map<Language, TextFieldBase<?, String>> fields = new EnumMap<>(Language.class);
    private final Map<Language, NativeButton> tabLanguages = new EnumMap<>(Language.class);
    private final Map<Language, Div> panels = new EnumMap<>(Language.class);

    private MultilingualField(String name, String label, boolean multiLine, int maxLength, boolean required) {
        this.name = name;
        Locale page = UI.getCurrent() == null
                ? Locale.forLanguageTag("sv")
                : UI.getCurrent().getLocale();
        getContent().addClassName("multilingual-field");
        tabs.addClassName("language-tabs");
        tabs.getElement().setAttribute("role", "group");
        tabs.getElement().setAttribute("aria-label", getTranslation("content.editor.languages", label));
        getContent().add(tabs);
        for (Language language : LANGUAGES) {
            String languageName = LanguageNames.label(language.code(), page);
            NativeButton tab = new NativeButton(
                    language == Language.SWEDISH && required ? languageName + " *" : languageName,
                    e -> select(language));
            tab.getElement().setAttribute("type", "button");
            tabs.add(tab);
            tabLanguages.put(language, tab);
            TextFieldBase<?, String> field = multiLine ? new TextArea() : new TextField();
            // the original keeps the plain label; the others name their language, for screen readers too
            field.setLabel(
                    language == Language.SWEDISH
                            ? label
                            : getTranslation(
                                    "content.editor.inLanguage", label, LanguageNames.of(language.code(), page)));
            if (field instanceof TextField line) {
                line.setMaxLength(maxLength);
            } else if (field instanceof TextArea area) {
                area.setMaxLength(maxLength);
            }
            field.setWidthFull();
            Written.input(field, language.code(), language.rightToLeft());
            if (language == Language.SWEDISH) {
                if (required) {
                    field.setRequiredIndicatorVisible(true);
                    field.setHelperText(getTranslation("content.editor.original"));
                }
            } else {
                field.setHelperText(getTranslation("content.editor.optional", LanguageNames.of(language.code(), page)));
            }
            fields.put(language, field);
            Div panel = new Div(field);
            panel.setId("text-" + name + "-" + language.code());
            panel.setVisible(language == Language.SWEDISH);
            panels.put(language, panel);
            getContent().add(panel);
        }
        show(Language.SWEDISH);
    }

    /**
     * A one-line text, e.g. a title.
     *
     * @param name      the field's name in the service's field errors
     * @param required  whether the Swedish text must be given (the other languages never must)
     */
    public static MultilingualField line(String name, String label, int maxLength, boolean required) {
        return new MultilingualField(name, label, false, maxLength, required);
    }

    /** A longer text, e.g. a description; see {@link #line}. */
    public static MultilingualField area(String name, String label, int maxLength, boolean required) {
        return new MultilingualField(name, label, true, maxLength, required);
    }

    private void show(Language language) {
        panels.forEach((l, panel) -> panel.setVisible(l == language));
        tabLanguages.forEach(
                (l, tab) -> tab.getElement().setAttribute("aria-pressed", l == language ? "true" : "false"));
    }

    /** Shows a language's tab. */
    public void select(Language language) {
        show(language);
    }

    /** The field of one language. */
    public TextFieldBase<?, String> field(Language language) {
        return Objects.requireNonNull(fields.get(language), "every language has a field");
    }

    /** The helper text of the Swedish field, under the field in the first tab. */
    public void setHelperText(String text) {
        field(Language.SWEDISH).setHelperText(text);
    }

    /** The text as written: Swedish and every language given. */
    public MultilingualText getValue() {
        Map<Language, String> translations = new EnumMap<>(Language.class);
        fields.forEach((language, field) -> {
            if (language != Language.SWEDISH) {
                translations.put(language, field.getValue());
            }
        });
        return MultilingualText.swedish(field(Language.SWEDISH).getValue(), translations);
    }

    public void setValue(MultilingualText text) {
        fields.forEach((language, field) -> field.setValue(text.texts().getOrDefault(language, "")));
    }

    /** The fields by the names a service's field errors use: the name for Swedish, "name.code" for the others. */
    public Map<String, HasValidation> fields() {
        Map<String, HasValidation> named = new LinkedHashMap<>();
        fields.forEach((language, field) ->
                named.put(language == Language.SWEDISH ? name : name + "." + language.code(), field));
        return named;
    }

    /**
     * Brings the tab of the first field with an error into view, so its message can be read.
     *
     * @return true when one of its fields has an error
     */
    public boolean reveal() {
        for (Map.Entry<Language, TextFieldBase<?, String>> entry : fields.entrySet()) {
            if (entry.getValue().isInvalid()) {
                select(entry.getKey());
                return true;
            }
        }
        return false;
    }

    /** Shows the tab of {@code field} when it is one of this component's fields. */
    public boolean reveal(HasValidation field) {
        for (Map.Entry<Language, TextFieldBase<?, String>> entry : fields.entrySet()) {
            if (entry.getValue() == field) {
                select(entry.getKey());
                return true;
            }
        }
        return false;
    }
}
