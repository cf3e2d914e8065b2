package se.brobygge.dialogue.ui;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.TextArea;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.Consumer;
import se.brobygge.dialogue.DialogueId;
import se.brobygge.dialogue.Post;
import se.brobygge.dialogue.PostId;
import se.brobygge.dialogue.PostRefusedException;
import se.brobygge.dialogue.PostService;
import se.brobygge.shared.InvalidInputException;
import se.brobygge.shared.i18n.Language;
import se.brobygge.shared.i18n.LanguageNames;
import se.brobygge.shared.i18n.WritingGuess;
import se.brobygge.shared.ui.FieldErrors;
import se.brobygge.shared.ui.ParticipantName;

/**
 * Writing in a dialogue: the form for a new post (or an official answer) and the dialog to reply
 * to a post or edit my own. Moderation's refusal shows next to the text, as written.
 */
final class PostWriting {

    /** What the view does once a post is written: show it, and say so. */
    interface AfterWrite {
        void written(PostId post, String messageKey);
    }

    private final Component owner;
    private final PostService posts;
    private final DialogueId dialogue;
    private final AfterWrite afterWrite;
    private final Locale locale;

    PostWriting(Component owner, Locale locale, PostService posts, DialogueId dialogue, AfterWrite afterWrite) {
        this.owner = owner;
        this.locale = locale;
        this.posts = posts;
        this.dialogue = dialogue;
        this.afterWrite = afterWrite;
    }

    /** The form for a new post (or, for staff, an official answer). */
    Div postForm(boolean official, String sentKey) {
        Div form = new Div();
        form.addClassName(official ? "official-form" : "post-form");
        TextArea body = new TextArea(owner.getTranslation(official ? "dialogue.official.body" : "dialogue.post.body"));
        body.setMaxLength(4000);
        body.setWidthFull();
        body.setHelperText(owner.getTranslation("dialogue.post.help"));
        Select<String> language = languageSelect();
        followWriting(body, language);
        Button send =
                new Button(owner.getTranslation(official ? "dialogue.official.send" : "dialogue.post.send"), e -> {
                    try {
                        PostId written = official
                                ? posts.answerOfficially(dialogue, body.getValue(), language.getValue())
                                : posts.post(dialogue, body.getValue(), language.getValue());
                        body.clear();
                        FieldErrors.clear(Map.of("body", body, "language", language));
                        afterWrite.written(written, sentKey);
                    } catch (InvalidInputException ex) {
                        FieldErrors.show(ex, Map.of("body", body, "language", language), owner);
                    } catch (PostRefusedException ex) {
                        body.setErrorMessage(ex.getMessage());
                        body.setInvalid(true);
                    }
                });
        send.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        send.addClassName(official ? "official-send" : "post-send");
        form.add(body, language, send);
        return form;
    }

    private Select<String> languageSelect() {
        Select<String> language = new Select<>();
        language.setLabel(owner.getTranslation("dialogue.post.language"));
        List<String> codes =
                Arrays.stream(Language.values()).map(Language::code).toList();
        language.setItems(codes);
        language.setItemLabelGenerator(code -> LanguageNames.label(code, locale));
        language.setValue(Language.of(locale).code());
        language.addClassName("post-language");
        return language;
    }

    /**
     * The post's language follows the letters typed (Swedish typed on an Arabic page is tagged
     * Swedish) until the writer picks a language themselves.
     */
    private void followWriting(TextArea body, Select<String> language) {
        boolean[] chosenByWriter = {false};
        language.addValueChangeListener(e -> chosenByWriter[0] |= e.isFromClient());
        Consumer<String> guess = text -> {
            if (!chosenByWriter[0]) {
                WritingGuess.of(text, Language.of(locale)).ifPresent(l -> language.setValue(l.code()));
            }
        };
        // a pause in typing is enough to guess; the field's value itself still reaches the server
        // as usual, before the send button's click
        body.getElement()
                .addEventListener(
                        "input",
                        e -> guess.accept(e.getEventData().get("element.value").asString()))
                .addEventData("element.value")
                .debounce(400);
        body.addValueChangeListener(e -> guess.accept(e.getValue()));
    }

    /** Reply to a post, or edit my own. */
    void openWriteDialog(Post post, boolean edit) {
        Dialog dialog = new Dialog();
        dialog.addClassName(edit ? "edit-dialog" : "reply-dialog");
        dialog.setHeaderTitle(owner.getTranslation(
                edit ? "dialogue.post.editTitle" : "dialogue.post.replyTitle",
                ParticipantName.of(post.authorName(), owner)));
        TextArea body = new TextArea(owner.getTranslation(edit ? "dialogue.post.body" : "dialogue.post.replyBody"));
        body.setMaxLength(4000);
        body.setWidthFull();
        Select<String> language = languageSelect();
        if (edit) {
            body.setValue(post.body());
            language.setValue(post.language());
            language.setReadOnly(true);
        } else {
            followWriting(body, language);
        }
        dialog.add(body, language);
        Button send = new Button(owner.getTranslation(edit ? "dialogue.post.save" : "dialogue.post.send"), e -> {
            try {
                PostId written = post.id();
                if (edit) {
                    // the version is read at opening, so a change made meanwhile is noticed
                    posts.edit(post.id(), body.getValue(), post.version());
                } else {
                    written = posts.reply(dialogue, post.id(), body.getValue(), language.getValue());
                }
                dialog.close();
                afterWrite.written(written, edit ? "dialogue.post.savedNote" : "dialogue.post.sent");
            } catch (InvalidInputException ex) {
                FieldErrors.show(ex, Map.of("body", body, "language", language), owner);
            } catch (PostRefusedException ex) {
                body.setErrorMessage(ex.getMessage());
                body.setInvalid(true);
            }
        });
        send.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        send.addClassName("write-send");
        dialog.getFooter().add(new Button(owner.getTranslation("dialogue.cancel"), e -> dialog.close()), send);
        dialog.open();
        body.focus();
    }
}
