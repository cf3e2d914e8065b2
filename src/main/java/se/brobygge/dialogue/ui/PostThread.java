package se.brobygge.dialogue.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Section;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Function;
import se.brobygge.dialogue.DialogueId;
import se.brobygge.dialogue.Post;
import se.brobygge.dialogue.PostId;
import se.brobygge.dialogue.PostService;

/**
 * The posts of a dialogue in reading order, part of the page itself (no scroll box of its own, so
 * a phone scrolls one page): the first {@value DialogueView#PAGE} posts, and more on request. A
 * post just written is brought into the list, scrolled to and focused.
 */
class PostThread extends Section {

    private final PostService posts;
    private final DialogueId dialogue;
    private final Function<List<Post>, List<PostCard>> cards;
    private final Div list = new Div();
    private final Button more = new Button();
    private final List<Post> shown = new ArrayList<>();
    private int wanted = DialogueView.PAGE;

    PostThread(PostService posts, DialogueId dialogue, Function<List<Post>, List<PostCard>> cards, String label) {
        this.posts = posts;
        this.dialogue = dialogue;
        this.cards = cards;
        addClassName("dialogue-thread");
        getElement().setAttribute("aria-label", label);
        list.addClassName("dialogue-posts");
        more.addThemeVariants(ButtonVariant.LUMO_TERTIARY);
        more.addClassName("more-posts");
        more.addClickListener(e -> {
            int firstNew = shown.size();
            wanted += DialogueView.PAGE;
            refresh();
            // the reader goes on where the new posts start
            if (firstNew < list.getComponentCount()) {
                list.getComponentAt(firstNew).getElement().callJsFunction("focus");
            }
        });
        add(list, more);
        refresh();
    }

    /** The posts shown, in order. */
    List<Post> posts() {
        return List.copyOf(shown);
    }

    /** Reads the shown posts again (reactions, edits, moderation), keeping as many as were shown. */
    void refresh() {
        shown.clear();
        for (int offset = 0; offset < wanted; offset += DialogueView.PAGE) {
            List<Post> page = posts.page(dialogue, offset, Math.min(DialogueView.PAGE, wanted - offset));
            shown.addAll(page);
            if (page.size() < DialogueView.PAGE) {
                break;
            }
        }
        list.removeAll();
        cards.apply(shown).forEach(card -> {
            // focusable from script only: after "show more" and after writing
            card.getElement().setAttribute("tabindex", "-1");
            list.add(card);
        });
        long total = posts.count(dialogue);
        more.setText(getTranslation("dialogue.thread.more", total - shown.size()));
        more.setVisible(shown.size() < total);
    }

    /** Shows a post that was just written: loads pages until it is in the list, scrolls to it, focuses it. */
    void reveal(PostId id) {
        refresh();
        // a post held for review may not be in the list at all: stop when no more posts come
        int before = -1;
        while (shown.stream().noneMatch(p -> p.id().equals(id)) && shown.size() > before && shown.size() == wanted) {
            before = shown.size();
            wanted += DialogueView.PAGE;
            refresh();
        }
        list.getChildren()
                .filter(c -> c instanceof PostCard card && card.post().id().equals(id))
                .findFirst()
                .ifPresent(card -> card.getElement()
                        .executeJs("this.scrollIntoView({block: 'center'}); this.focus({preventScroll: true})"));
    }
}
