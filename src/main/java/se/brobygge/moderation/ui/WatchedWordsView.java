package se.brobygge.moderation.ui;

import com.vaadin.flow.component.HasValidation;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Main;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Section;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.IntegerField;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.RolesAllowed;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import se.brobygge.identity.Roles;
import se.brobygge.moderation.ModerationAdminService;
import se.brobygge.moderation.ModerationSettings;
import se.brobygge.moderation.WatchedWord;
import se.brobygge.moderation.WordAction;
import se.brobygge.shared.InvalidInputException;
import se.brobygge.shared.i18n.Language;
import se.brobygge.shared.i18n.LanguageNames;
import se.brobygge.shared.ui.FieldErrors;

/** Watched words per language with what happens on a match, and moderation's settings. */
@Route("staff/moderation/words")
@Menu(order = 108, title = "moderation.nav.words", icon = "vaadin:eye")
@RolesAllowed({Roles.STAFF, Roles.ADMIN})
class WatchedWordsView extends Main implements HasDynamicTitle {

    private final ModerationAdminService admin;
    final Grid<WatchedWord> grid = new Grid<>();
    private final Paragraph status = new Paragraph();

    WatchedWordsView(ModerationAdminService admin) {
        this.admin = admin;
        addClassName("watched-words-view");
        add(new H1(getTranslation("moderation.words.title")));
        status.getElement().setAttribute("role", "status");
        add(status);

        Select<String> language = new Select<>();
        language.setLabel(getTranslation("moderation.words.language"));
        List<String> codes = new ArrayList<>(List.of("*"));
        Arrays.stream(Language.values()).map(Language::code).forEach(codes::add);
        language.setItems(codes);
        language.setItemLabelGenerator(this::languageName);
        language.setValue("*");
        TextField word = new TextField(getTranslation("moderation.words.word"));
        word.setMaxLength(100);
        Select<WordAction> action = new Select<>();
        action.setLabel(getTranslation("moderation.words.action"));
        action.setItems(Arrays.asList(WordAction.values()));
        action.setItemLabelGenerator(a -> getTranslation("moderation.wordAction." + a));
        action.setValue(WordAction.FLAG);
        TextField message = new TextField(getTranslation("moderation.words.message"));
        message.setHelperText(getTranslation("moderation.words.messageHelp"));
        message.setMaxLength(500);
        Map<String, HasValidation> fields = Map.of("language", language, "word", word, "message", message);
        Button add = new Button(getTranslation("moderation.words.add"), e -> {
            try {
                admin.addWatchedWord(language.getValue(), word.getValue(), action.getValue(), message.getValue());
                word.clear();
                message.clear();
                FieldErrors.clear(fields);
                refresh();
                status.setText(getTranslation("moderation.saved"));
            } catch (InvalidInputException ex) {
                FieldErrors.show(ex, fields, this);
            }
        });
        add.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        add.addClassName("word-add");
        Div form = new Div(language, word, action, message, add);
        form.getStyle()
                .set("display", "flex")
                .set("flex-wrap", "wrap")
                .set("gap", "var(--lumo-space-m)")
                .set("align-items", "baseline");
        add(form);

        grid.addColumn(w -> languageName(w.language()))
                .setHeader(getTranslation("moderation.words.language"))
                .setAutoWidth(true);
        grid.addColumn(WatchedWord::word)
                .setHeader(getTranslation("moderation.words.word"))
                .setAutoWidth(true);
        grid.addColumn(w -> getTranslation("moderation.wordAction." + w.action()))
                .setHeader(getTranslation("moderation.words.action"))
                .setAutoWidth(true);
        grid.addColumn(w -> w.message() == null ? "" : w.message())
                .setHeader(getTranslation("moderation.words.message"))
                .setFlexGrow(1);
        grid.addComponentColumn(w -> {
                    Button remove = new Button(getTranslation("moderation.words.remove"), e -> {
                        admin.removeWatchedWord(w.id());
                        refresh();
                        status.setText(getTranslation("moderation.saved"));
                    });
                    remove.setAriaLabel(getTranslation("moderation.words.removeWord", w.word()));
                    return remove;
                })
                .setHeader(getTranslation("moderation.words.remove"))
                .setAutoWidth(true);
        grid.setAllRowsVisible(true);
        add(grid);
        add(settingsForm());
        refresh();
    }

    private Section settingsForm() {
        Section section = new Section(new H2(getTranslation("moderation.settings.title")));
        ModerationSettings current = admin.settings();
        IntegerField autoHide = new IntegerField(getTranslation("moderation.settings.autoHide"));
        autoHide.setValue(current.autoHideReports());
        IntegerField posts = new IntegerField(getTranslation("moderation.settings.newPosts"));
        posts.setHelperText(getTranslation("moderation.settings.zeroOff"));
        posts.setValue(current.newAccountPosts());
        IntegerField days = new IntegerField(getTranslation("moderation.settings.newDays"));
        days.setHelperText(getTranslation("moderation.settings.zeroOff"));
        days.setValue(current.newAccountDays());
        Map<String, HasValidation> fields =
                Map.of("autoHideReports", autoHide, "newAccountPosts", posts, "newAccountDays", days);
        Button save = new Button(getTranslation("moderation.settings.save"), e -> {
            try {
                admin.changeSettings(new ModerationSettings(value(autoHide), value(posts), value(days)));
                FieldErrors.clear(fields);
                status.setText(getTranslation("moderation.saved"));
            } catch (InvalidInputException ex) {
                FieldErrors.show(ex, fields, this);
            }
        });
        save.addClassName("settings-save");
        section.add(new Div(autoHide, posts, days), save);
        return section;
    }

    private static int value(IntegerField field) {
        return field.getValue() == null ? -1 : field.getValue();
    }

    private String languageName(String code) {
        return "*".equals(code)
                ? getTranslation("moderation.words.allLanguages")
                : LanguageNames.label(code, getLocale());
    }

    private void refresh() {
        grid.setItems(admin.watchedWords());
    }

    @Override
    public String getPageTitle() {
        return getTranslation("moderation.words.title") + " – Brobygge";
    }
}
