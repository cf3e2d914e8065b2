package se.brobygge.dialogue.ui;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Article;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Footer;
import com.vaadin.flow.component.html.Header;
import com.vaadin.flow.component.html.Span;
import java.util.Locale;
import se.brobygge.dialogue.Post;
import se.brobygge.dialogue.PostState;
import se.brobygge.dialogue.Reaction;
import se.brobygge.shared.i18n.Formats;
import se.brobygge.shared.i18n.LanguageNames;
import se.brobygge.shared.ui.MetaLine;
import se.brobygge.shared.ui.ParticipantName;
import se.brobygge.shared.ui.StaffBadge;
import se.brobygge.shared.ui.Written;

/**
 * One post in a thread. The text is set as text (never markup) in an element carrying the post's
 * own language and direction, so an Arabic reply in a Swedish page reads right to left.
 */
class PostCard extends Article {

    /** What the card's buttons do; the view decides. */
    interface Actions {
        void react(Post post, Reaction reaction);

        void reply(Post post);

        void edit(Post post);

        void delete(Post post);

        void report(Post post);
    }

    private final Post post;

    /** @param reportedByMe the signed-in person has reported this post already: no second report */
    PostCard(Post post, boolean signedIn, boolean mayWrite, boolean reportedByMe, Locale locale, Actions actions) {
        this.post = post;
        setId("post-" + post.id());
        addClassName("dialogue-post");
        getStyle()
                .set("padding", "var(--lumo-space-s) var(--lumo-space-m)")
                .set("margin-block-end", "var(--lumo-space-s)")
                .set(
                        "border-inline-start",
                        "3px solid " + (post.official() ? "var(--lumo-primary-color)" : "var(--lumo-contrast-20pct)"));
        if (post.reply()) {
            addClassName("reply");
            getStyle().set("margin-inline-start", "var(--lumo-space-xl)");
        }
        if (post.official()) {
            addClassName("official");
        }
        Header header = new Header();
        header.getStyle().set("font-size", "var(--lumo-font-size-s)").set("color", "var(--lumo-secondary-text-color)");
        if (post.official()) {
            Span badge = new Span(
                    getTranslation("dialogue.post.official", post.department() == null ? "" : post.department()));
            badge.getElement().getThemeList().add("badge");
            badge.addClassName("official-badge");
            header.add(badge, new Span(" "));
        }
        // each part isolated: an Arabic name beside a Swedish date keeps the line in order
        MetaLine line = new MetaLine()
                .part(ParticipantName.of(post.authorName(), this), "post-author")
                .part(Formats.dateTime(post.createdAt(), locale))
                .part(
                        post.editedAt() != null && post.state() != PostState.DELETED
                                ? getTranslation("dialogue.post.edited")
                                : null)
                .part(LanguageNames.of(post.language(), locale));
        header.add(line);
        if (post.authorStaff()) {
            header.add(new Span(" "), StaffBadge.of(this));
        }
        add(header);

        Div body = new Div();
        body.addClassName("post-body");
        body.getStyle().set("white-space", "pre-wrap").set("overflow-wrap", "anywhere");
        if (!post.body().isEmpty()) {
            body.setText(post.body());
            // its direction from its own letters: a post tagged with the wrong language still reads right
            Written.text(body, post.language());
            add(body);
        }
        switch (post.state()) {
            case HIDDEN -> {
                add(notice(getTranslation("dialogue.post.hidden"), "post-hidden"));
                if (post.mine()) {
                    if (post.hiddenReason() != null) {
                        add(notice(getTranslation("dialogue.post.hiddenReason", post.hiddenReason()), "hidden-reason"));
                    }
                    add(new Anchor("my-content/moderated", getTranslation("dialogue.post.appealLink")));
                }
            }
            case PENDING -> add(notice(getTranslation("dialogue.post.pending"), "post-pending"));
            case DELETED -> add(notice(getTranslation("dialogue.post.deleted"), "post-deleted"));
            case VISIBLE -> {}
        }

        Footer footer = new Footer();
        footer.getStyle().set("display", "flex").set("flex-wrap", "wrap").set("gap", "var(--lumo-space-xs)");
        if (post.state() == PostState.VISIBLE) {
            for (Reaction reaction : Reaction.values()) {
                int count = reaction == Reaction.AGREE ? post.agreeCount() : post.importantCount();
                Button react = new Button(getTranslation("dialogue.reaction." + reaction) + " (" + count + ")");
                react.addThemeVariants(ButtonVariant.LUMO_SMALL, ButtonVariant.LUMO_TERTIARY);
                react.addClassName("react-" + reaction.name().toLowerCase(Locale.ROOT));
                react.getElement()
                        .setAttribute(
                                "aria-pressed",
                                Boolean.toString(post.myReactions().contains(reaction)));
                react.setEnabled(signedIn);
                react.addClickListener(e -> actions.react(post, reaction));
                footer.add(react);
            }
            if (mayWrite) {
                footer.add(button("dialogue.post.reply", "reply-button", () -> actions.reply(post)));
            }
            if (signedIn && !post.mine() && reportedByMe) {
                Button reported = button("dialogue.post.reported", "reported-marker", () -> {});
                reported.setEnabled(false);
                footer.add(reported);
            } else if (signedIn && !post.mine()) {
                footer.add(button("dialogue.post.report", "report-button", () -> actions.report(post)));
            }
        }
        if (post.editable()) {
            footer.add(button("dialogue.post.edit", "edit-button", () -> actions.edit(post)));
        }
        if (post.mine() && post.state() != PostState.DELETED) {
            footer.add(button("dialogue.post.delete", "delete-button", () -> actions.delete(post)));
        }
        add(footer);
    }

    Post post() {
        return post;
    }

    private Button button(String key, String className, Runnable action) {
        Button b = new Button(getTranslation(key), e -> action.run());
        b.addThemeVariants(ButtonVariant.LUMO_SMALL, ButtonVariant.LUMO_TERTIARY);
        b.addClassName(className);
        return b;
    }

    private static Component notice(String text, String className) {
        Div d = new Div();
        d.setText(text);
        d.addClassName(className);
        d.getStyle().set("font-style", "italic").set("color", "var(--lumo-secondary-text-color)");
        return d;
    }
}
