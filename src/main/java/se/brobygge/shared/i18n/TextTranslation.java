package se.brobygge.shared.i18n;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;
import java.util.Objects;

/**
 * One translation of one text field of an entity, stored in a table of that entity's own module
 * ({@code <entity table>_text}: owner id, field name, language code, text), while the original
 * stays in the entity's own column (decision 0050). Equal by field and language: one text each.
 * Read and written through {@link TextTranslations}.
 */
@Embeddable
public class TextTranslation {

    @Column(name = "field_name", nullable = false, length = 40)
    private String field = "";

    @Column(name = "language_code", nullable = false, length = 8)
    private String languageCode = "";

    @Column(name = "text", nullable = false)
    private String text = "";

    protected TextTranslation() {}

    public TextTranslation(String field, Language language, String text) {
        this.field = field;
        this.languageCode = language.code();
        this.text = text;
    }

    public String field() {
        return field;
    }

    public String languageCode() {
        return languageCode;
    }

    public String text() {
        return text;
    }

    @Override
    public boolean equals(Object other) {
        return other instanceof TextTranslation that
                && field.equals(that.field)
                && languageCode.equals(that.languageCode);
    }

    @Override
    public int hashCode() {
        return Objects.hash(field, languageCode);
    }
}
