package se.brobygge.dialogue.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.DescriptionList;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Main;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Section;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.notification.Notification;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.NotFoundException;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.server.auth.AnonymousAllowed;
import com.vaadin.flow.server.streams.DownloadHandler;
import com.vaadin.flow.server.streams.DownloadResponse;
import java.io.ByteArrayInputStream;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import org.jspecify.annotations.Nullable;
import se.brobygge.dialogue.Dialogue;
import se.brobygge.dialogue.DialogueId;
import se.brobygge.dialogue.DialogueService;
import se.brobygge.dialogue.DialogueStatistics;
import se.brobygge.dialogue.DialogueStatus;
import se.brobygge.dialogue.Post;
import se.brobygge.dialogue.PostService;
import se.brobygge.dialogue.Reaction;
import se.brobygge.identity.CurrentUser;
import se.brobygge.identity.Roles;
import se.brobygge.moderation.ReportDialog;
import se.brobygge.moderation.ReportService;
import se.brobygge.shared.InvalidInputException;
import se.brobygge.shared.content.ContentRef;
import se.brobygge.shared.i18n.Formats;
import se.brobygge.shared.i18n.LanguageNames;
import se.brobygge.shared.i18n.ListText;
import se.brobygge.shared.i18n.MultilingualText;
import se.brobygge.shared.ui.EasyReadButton;
import se.brobygge.shared.ui.SignInLink;
import se.brobygge.shared.ui.TranslatedText;

/**
 * One dialogue: the question, its background and summary, and the thread. The thread shows its
 * first posts and more on request ({@link PostThread}), so a thread of thousands opens as fast as
 * a short one.
 */
@Route("dialogues/:id")
@AnonymousAllowed
class DialogueView extends Main implements BeforeEnterObserver, HasDynamicTitle {

    static final int PAGE = 30;

    private final DialogueService dialogues;
    private final PostService posts;
    private final ReportService reports;
    private final CurrentUser currentUser;

    @Nullable
    PostThread thread;

    final Paragraph status = new Paragraph();
    private @Nullable Dialogue dialogue;

    DialogueView(DialogueService dialogues, PostService posts, ReportService reports, CurrentUser currentUser) {
        this.dialogues = dialogues;
        this.posts = posts;
        this.reports = reports;
        this.currentUser = currentUser;
        addClassName("dialogue-view");
        status.getElement().setAttribute("role", "status");
        status.getElement().setAttribute("aria-live", "polite");
        status.addClassName("dialogue-status");
    }

    @Override
    public void beforeEnter(BeforeEnterEvent e) {
        Optional<Dialogue> found =
                e.getRouteParameters().getLong("id").flatMap(id -> dialogues.find(new DialogueId(id)));
        if (found.isEmpty()) {
            throw new NotFoundException();
        }
        dialogue = found.get();
        render();
    }

    private boolean staff() {
        return currentUser.hasRole(Roles.STAFF) || currentUser.hasRole(Roles.ADMIN);
    }

    private boolean mayWrite() {
        return currentUser.isSignedIn() && dialogue().status() == DialogueStatus.OPEN;
    }

    private void render() {
        removeAll();
        Locale locale = getLocale();
        // the question and background in the page's language when staff gave it, else Swedish marked so
        MultilingualText.Shown title = dialogue().titles().in(TranslatedText.page(this));
        add(TranslatedText.text(new H1(title.text()), title));
        TranslatedText.mark(title, this).ifPresent(this::add);
        add(new Div(new EasyReadButton("dialogue", null)));
        DescriptionList facts = new DescriptionList();
        facts.add(
                new DescriptionList.Term(getTranslation("dialogue.field.status")),
                new DescriptionList.Description(
                        getTranslation("dialogue.status." + dialogue().status())));
        facts.add(
                new DescriptionList.Term(getTranslation("dialogue.field.department")),
                new DescriptionList.Description(dialogue().department()));
        if (dialogue().area() != null) {
            facts.add(
                    new DescriptionList.Term(getTranslation("dialogue.field.area")),
                    new DescriptionList.Description(dialogue().area()));
        }
        facts.add(
                new DescriptionList.Term(getTranslation("dialogue.field.window")),
                new DescriptionList.Description(Formats.dateTime(dialogue().opensAt(), locale) + " – "
                        + Formats.dateTime(dialogue().closesAt(), locale)));
        if (!dialogue().languages().isEmpty()) {
            facts.add(
                    new DescriptionList.Term(getTranslation("dialogue.field.languages")),
                    new DescriptionList.Description(ListText.of(
                            dialogue().languages().stream()
                                    .map(code -> LanguageNames.of(code, locale))
                                    .toList(),
                            locale)));
        }
        if (dialogue().premoderated()) {
            facts.add(
                    new DescriptionList.Term(getTranslation("dialogue.field.premoderated")),
                    new DescriptionList.Description(getTranslation("dialogue.premoderated.note")));
        }
        facts.addClassName("figures");
        add(facts);
        add(new H2(getTranslation("dialogue.field.background")));
        // staff write Markdown, rendered and sanitised on the server (RichText)
        add(TranslatedText.rich(dialogue().backgrounds(), this));
        if (dialogue().summary() != null) {
            add(DialogueSummary.shown(dialogue().summary(), this, locale));
        }
        if (currentUser.isSignedIn()) {
            boolean following = dialogues.following(dialogue().id());
            Button follow = new Button(getTranslation(following ? "dialogue.unfollow" : "dialogue.follow"), e -> {
                dialogues.follow(dialogue().id(), !following);
                render();
                status.setText(getTranslation(following ? "dialogue.unfollowed" : "dialogue.followed"));
            });
            follow.addClassName("follow-button");
            add(follow);
        }
        if (staff()) {
            renderStaffTools(locale);
        }
        add(status);
        Section discussion = new Section();
        discussion.add(new H2(getTranslation("dialogue.thread.title")));
        if (mayWrite()) {
            discussion.add(writing().postForm(false, sentKey()));
        } else if (!currentUser.isSignedIn() && dialogue().status() == DialogueStatus.OPEN) {
            discussion.add(new Paragraph(new SignInLink(getTranslation("dialogue.loginToTakePart"))));
        } else if (dialogue().status() != DialogueStatus.OPEN) {
            discussion.add(new Paragraph(getTranslation(
                    dialogue().status() == DialogueStatus.UPCOMING
                            ? "dialogue.post.notOpenYet"
                            : "dialogue.post.closed")));
        }
        thread = new PostThread(posts, dialogue().id(), this::cards, getTranslation("dialogue.thread.title"));
        discussion.add(thread());
        add(discussion);
    }

    /** The components showing the posts, with what I have reported asked once for all of them. */
    List<PostCard> cards(List<Post> shown) {
        Set<Long> reported = currentUser.isSignedIn()
                ? reports.reportedByMe(
                        "dialogue",
                        "post",
                        shown.stream().map(p -> p.id().value()).toList())
                : Set.of();
        return shown.stream()
                .map(post -> new PostCard(
                        post,
                        currentUser.isSignedIn(),
                        mayWrite(),
                        !post.mine() && reported.contains(post.id().value()),
                        getLocale(),
                        actions()))
                .toList();
    }

    private void renderStaffTools(Locale locale) {
        Section tools = new Section();
        tools.addClassName("staff-tools");
        tools.add(new H2(getTranslation("dialogue.staff.title")));
        DialogueStatistics stats = dialogues.statistics(dialogue().id());
        tools.add(new Paragraph(getTranslation(
                "dialogue.stats.line",
                stats.posts(),
                stats.participants(),
                stats.languages().size())));
        String base = "dialog-" + dialogue().id();
        Anchor pdf = new Anchor(
                DownloadHandler.fromInputStream(download -> {
                    byte[] bytes = dialogues.exportPdf(dialogue().id(), locale);
                    return new DownloadResponse(
                            new ByteArrayInputStream(bytes), base + ".pdf", "application/pdf", bytes.length);
                }),
                getTranslation("dialogue.export.pdf"));
        pdf.addClassName("export-pdf");
        Anchor csv = new Anchor(
                DownloadHandler.fromInputStream(download -> {
                    byte[] bytes = dialogues.exportCsv(dialogue().id(), locale);
                    return new DownloadResponse(
                            new ByteArrayInputStream(bytes), base + ".csv", "text/csv;charset=UTF-8", bytes.length);
                }),
                getTranslation("dialogue.export.csv"));
        csv.addClassName("export-csv");
        Div links = new Div(pdf, new Span(" · "), csv);
        tools.add(links);
        if (dialogue().status() != DialogueStatus.CLOSED) {
            Button close = new Button(getTranslation("dialogue.staff.close"), e -> {
                dialogues.close(dialogue().id());
                reload(getTranslation("dialogue.staff.closed"));
            });
            close.addClassName("close-dialogue");
            Anchor edit =
                    new Anchor("staff/dialogues/" + dialogue().id() + "/edit", getTranslation("dialogue.staff.edit"));
            edit.addClassName("edit-dialogue");
            tools.add(new Div(edit), close);
        }
        tools.add(new H3(getTranslation("dialogue.official.title")));
        tools.add(writing().postForm(true, "dialogue.post.sent"));
        if (dialogue().status() == DialogueStatus.CLOSED) {
            tools.add(
                    DialogueSummary.form(dialogues, dialogue().id(), dialogue().summary(), this, this::reload));
        }
        add(tools);
    }

    private PostWriting writing() {
        return new PostWriting(this, getLocale(), posts, dialogue().id(), (written, messageKey) -> {
            thread().reveal(written);
            status.setText(getTranslation(messageKey));
        });
    }

    private String sentKey() {
        return dialogue().premoderated() && !staff() ? "dialogue.post.sentPending" : "dialogue.post.sent";
    }

    private PostCard.Actions actions() {
        return new PostCard.Actions() {
            @Override
            public void react(Post post, Reaction reaction) {
                try {
                    posts.react(post.id(), reaction);
                    thread().refresh();
                } catch (InvalidInputException ex) {
                    status.setText(getTranslation(ex.errors().getFirst().messageKey()));
                }
            }

            @Override
            public void reply(Post post) {
                writing().openWriteDialog(post, false);
            }

            @Override
            public void edit(Post post) {
                writing().openWriteDialog(post, true);
            }

            @Override
            public void delete(Post post) {
                posts.delete(post.id());
                thread().refresh();
                status.setText(getTranslation("dialogue.post.deletedNote"));
            }

            @Override
            public void report(Post post) {
                new ReportDialog(
                                reports,
                                new ContentRef("dialogue", "post", post.id().value()),
                                () -> {
                                    thread().refresh();
                                    status.setText(getTranslation("moderation.report.thanks"));
                                })
                        .open();
            }
        };
    }

    private void reload(String message) {
        dialogue = dialogues.find(dialogue().id()).orElse(dialogue());
        render();
        status.setText(message);
        Notification.show(message);
    }

    @Override
    public String getPageTitle() {
        return (dialogue == null
                        ? getTranslation("dialogue.list.title")
                        : dialogue.titles().in(TranslatedText.page(this)).text())
                + " – Brobygge";
    }

    /** The dialogue, set in beforeEnter. */
    private Dialogue dialogue() {
        return Objects.requireNonNull(dialogue, "set in beforeEnter");
    }

    /** The thread, made in render. */
    private PostThread thread() {
        return Objects.requireNonNull(thread, "made in render");
    }
}
