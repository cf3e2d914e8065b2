package se.brobygge.dialogue.internal;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Map;
import org.jspecify.annotations.Nullable;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;
import se.brobygge.dialogue.PostState;
import se.brobygge.identity.AccountId;
import se.brobygge.identity.Recipients;
import se.brobygge.shared.LocalRunOnly;
import se.brobygge.shared.content.ContentHeldForReview;
import se.brobygge.shared.content.ContentSubmitted;
import se.brobygge.shared.i18n.Formats;
import se.brobygge.shared.i18n.Language;

/**
 * Demo dialogues for the local run: an open one with posts in Arabic, Swedish and English, an
 * official answer and a post waiting for review; a closed one with its summary; a topic proposal.
 * Created once, after the demo people exist. Every text goes to moderation like any other.
 */
@Component
@LocalRunOnly
@Order(40)
class DemoDialogues implements ApplicationRunner {

    private final DialogueRepository dialogues;
    private final PostRepository posts;
    private final TopicProposalRepository proposals;
    private final Recipients recipients;
    private final ApplicationEventPublisher publisher;
    private final Clock clock;

    DemoDialogues(
            DialogueRepository dialogues,
            PostRepository posts,
            TopicProposalRepository proposals,
            Recipients recipients,
            ApplicationEventPublisher publisher,
            Clock clock) {
        this.dialogues = dialogues;
        this.posts = posts;
        this.proposals = proposals;
        this.recipients = recipients;
        this.publisher = publisher;
        this.clock = clock;
    }

    @Override
    @Transactional
    public void run(ApplicationArguments args) {
        if (dialogues.count() > 0) {
            return;
        }
        AccountId lina = person("lina");
        AccountId amal = person("amal");
        AccountId erik = person("erik");
        AccountId sara = person("sara");
        AccountId johan = person("johan");
        if (lina == null || amal == null || erik == null || sara == null || johan == null) {
            return;
        }
        Instant now = clock.instant();

        DialogueEntity library = dialogue(
                lina,
                "Hur vill du använda det nya biblioteket i Norrby?",
                """
                Kommunen bygger om det gamla posthuset i Norrby till bibliotek och mötesplats. Innan vi bestämmer \
                hur lokalerna ska användas vill vi höra från **dig** som bor eller arbetar i området.

                - Vad saknar du i dag?
                - Vilka tider passar dig?
                - Vad skulle få dig att komma dit?

                Skriv på det språk du vill.""",
                "Kulturförvaltningen",
                "Norrby",
                now.minus(Duration.ofDays(5)),
                now.plus(Duration.ofDays(20)),
                "ar,en,prs,sv",
                false);
        PostEntity quiet = post(
                library,
                null,
                amal,
                "Amal Haddad",
                "أتمنى أن تكون هناك غرفة هادئة للدراسة، وركن للأطفال حتى تستطيع الأمهات القراءة أيضًا.",
                "ar",
                now.minus(Duration.ofDays(4)),
                PostState.VISIBLE,
                4,
                6);
        post(
                library,
                quiet,
                erik,
                "Erik Lindqvist",
                "Håller med Amal! Och gärna längre öppettider på helgerna – många jobbar på vardagarna.",
                "sv",
                now.minus(Duration.ofDays(3)),
                PostState.VISIBLE,
                3,
                1);
        post(
                library,
                null,
                johan,
                "Johan Ek",
                "A room where local employers can meet jobseekers once a month would help a lot of people here.",
                "en",
                now.minus(Duration.ofDays(3)),
                PostState.VISIBLE,
                2,
                2);
        officialAnswer(library, lina, "Lina Berg", """
                Tack för alla förslag! Vi planerar en tyst läsesal och ett barnhörn, och vi undersöker öppet på \
                lördagar. Fortsätt gärna skriva.""", now.minus(Duration.ofDays(2)));
        post(
                library,
                null,
                erik,
                "Erik Lindqvist",
                "Det här är ju bara slöseri med skattepengar, ni på kommunen är idioter allihop.",
                "sv",
                now.minus(Duration.ofDays(1)),
                PostState.VISIBLE,
                0,
                0);
        PostEntity waiting = post(
                library,
                null,
                sara,
                "Sara Nilsson",
                "Kan föreningar få låna rummen på kvällarna? Vår läxhjälp behöver mer plats.",
                "sv",
                now.minus(Duration.ofHours(3)),
                PostState.PENDING,
                0,
                0);
        publisher.publishEvent(new ContentHeldForReview(DialogueContent.post(waiting.id())));

        DialogueEntity roads = dialogue(
                lina,
                "Trygga vägar till skolan i Söderdal",
                """
                Många föräldrar har hört av sig om trafiken vid Söderdalsskolan. Berätta var du känner dig otrygg \
                och vad som skulle hjälpa.""",
                "Stadsbyggnadsförvaltningen",
                "Söderdal",
                now.minus(Duration.ofDays(60)),
                now.minus(Duration.ofDays(20)),
                "ar,sv",
                false);
        post(
                roads,
                null,
                erik,
                "Erik Lindqvist",
                "Övergångsstället vid Ekvägen saknar belysning.",
                "sv",
                now.minus(Duration.ofDays(50)),
                PostState.VISIBLE,
                7,
                5);
        post(
                roads,
                null,
                amal,
                "Amal Haddad",
                "الأطفال يعبرون الشارع الكبير دون إشارة ضوئية. نحتاج إلى مطبات.",
                "ar",
                now.minus(Duration.ofDays(45)),
                PostState.VISIBLE,
                6,
                6);
        roads.summarise(
                "Vi fick 42 inlägg. Det som oroar mest är mörka övergångsställen och höga hastigheter "
                        + "på Storvägen.",
                "Vi sätter upp belysning vid Ekvägen och bygger två farthinder på Storvägen under våren.",
                LocalDate.ofInstant(now, Formats.MUNICIPALITY_ZONE).plusMonths(4),
                Map.of(
                        Language.ARABIC,
                        "وصلتنا 42 مشاركة. أكثر ما يقلق هو ممرات المشاة المظلمة والسرعات العالية في شارع Storvägen."),
                Map.of(Language.ARABIC, "سنركّب إضاءة عند Ekvägen ونبني مطبّين في شارع Storvägen خلال الربيع."),
                now.minus(Duration.ofDays(10)));

        TopicProposalEntity proposal = proposals.save(new TopicProposalEntity(
                "Simtider för kvinnor i Norrbyhallen",
                "Många kvinnor i området vill simma men behöver egna tider. Kan kommunen fråga vad som skulle passa?",
                "sv",
                amal.value(),
                now.minus(Duration.ofDays(2))));
        publisher.publishEvent(new ContentSubmitted(
                DialogueContent.proposal(proposal.id()),
                amal.value(),
                proposal.title() + "\n\n" + proposal.description(),
                "sv",
                "/dialogues/proposals",
                proposal.createdAt()));
    }

    private @Nullable AccountId person(String name) {
        return recipients.idOf(name + "@demo.brohamn.example").orElse(null);
    }

    private DialogueEntity dialogue(
            AccountId staff,
            String title,
            String background,
            String department,
            String area,
            Instant opens,
            Instant closes,
            String languages,
            boolean premoderated) {
        DialogueEntity d = new DialogueEntity(staff.value(), opens);
        d.describe(title, background, department, area, opens, closes, languages, premoderated);
        return dialogues.saveAndFlush(d);
    }

    private PostEntity post(
            DialogueEntity d,
            @Nullable PostEntity parent,
            AccountId author,
            String name,
            String body,
            String language,
            Instant at,
            PostState state,
            int agree,
            int important) {
        PostEntity p = new PostEntity(d.id(), parent, author.value(), name, body, language, false, null, state, at);
        p.countReactions(agree, important);
        return submitted(p, author, at);
    }

    private void officialAnswer(DialogueEntity d, AccountId staff, String name, String body, Instant at) {
        PostEntity p = new PostEntity(
                d.id(), null, staff.value(), name, body, "sv", true, d.department(), PostState.VISIBLE, at);
        p.countReactions(5, 0);
        submitted(p, staff, at);
    }

    private PostEntity submitted(PostEntity post, AccountId author, Instant at) {
        PostEntity p = posts.saveAndFlush(post);
        p.startThreadIfTopLevel();
        publisher.publishEvent(new ContentSubmitted(
                DialogueContent.post(p.id()), author.value(), p.body(), p.language(), p.link(), at));
        return p;
    }
}
