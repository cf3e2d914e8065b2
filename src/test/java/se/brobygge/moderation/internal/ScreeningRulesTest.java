package se.brobygge.moderation.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.function.Supplier;
import org.junit.jupiter.api.Test;
import se.brobygge.moderation.ModerationSettings;
import se.brobygge.moderation.WordAction;
import se.brobygge.shared.content.ContentScreening.Outcome;
import se.brobygge.shared.content.ContentScreening.Verdict;

/** The screening rules on their own: no database, no Spring. */
class ScreeningRulesTest {

    static final Instant NOW = Instant.parse("2026-12-07T10:00:00Z");
    static final ModerationSettings NO_NEW_WRITER_RULE = new ModerationSettings(3, 0, 0);
    static final Supplier<ModerationSettings> NOT_ASKED = () -> {
        throw new AssertionError("the settings were read although a word decided");
    };

    static WatchedWordEntity word(String language, String word, WordAction action, String message) {
        return new WatchedWordEntity(language, word, action, message, 1, NOW);
    }

    static AuthorEntity trusted() {
        AuthorEntity author = new AuthorEntity(42, NOW.minus(Duration.ofDays(400)));
        author.trust(true);
        return author;
    }

    static Verdict judge(String text, String language, List<WatchedWordEntity> words) {
        return ScreeningRules.judge(text, language, words, () -> NO_NEW_WRITER_RULE, trusted(), false, NOW);
    }

    @Test
    void cleanTextIsAllowed() {
        assertThat(judge("Välkommen till språkcaféet!", "sv", List.of(word("*", "idiot", WordAction.BLOCK, null))))
                .isEqualTo(Verdict.ALLOW);
    }

    @Test
    void aBlockingWordBlocksWithItsOwnMessageOrTheGeneralOne() {
        assertThat(judge("Du är en idiot", "sv", List.of(word("*", "idiot", WordAction.BLOCK, "Skriv vänligt."))))
                .isEqualTo(new Verdict(Outcome.BLOCK, "Skriv vänligt."));
        assertThat(judge("Du är en idiot", "sv", List.of(word("*", "idiot", WordAction.BLOCK, "  "))))
                .isEqualTo(new Verdict(Outcome.BLOCK, null));
    }

    @Test
    void wordsMatchWholeWordsInAnyCaseAndScriptAndThroughHiddenCharacters() {
        List<WatchedWordEntity> words = List.of(word("*", "kass", WordAction.FLAG, null));
        assertThat(judge("Det var KASS.", "sv", words).outcome()).isEqualTo(Outcome.FLAG);
        assertThat(judge("Betala i kassan", "sv", words).outcome())
                .as("part of a longer word")
                .isEqualTo(Outcome.ALLOW);
        assertThat(judge("k\u200Ba\u00ADss", "sv", words).outcome())
                .as("zero-width space and soft hyphen inside the word")
                .isEqualTo(Outcome.FLAG);
        assertThat(judge("ｋａｓｓ", "sv", words).outcome())
                .as("full-width letters")
                .isEqualTo(Outcome.FLAG);
        assertThat(judge("هذا غبي جدا", "ar", List.of(word("ar", "غبي", WordAction.QUEUE, null)))
                        .outcome())
                .isEqualTo(Outcome.QUEUE);
    }

    @Test
    void aWordForOneLanguageSkipsTextKnownToBeInAnother() {
        List<WatchedWordEntity> words = List.of(word("sv", "fan", WordAction.FLAG, null));
        assertThat(judge("I am a fan", "en", words).outcome()).isEqualTo(Outcome.ALLOW);
        assertThat(judge("Fan också", "sv", words).outcome()).isEqualTo(Outcome.FLAG);
        assertThat(ScreeningRules.judge("I am a fan", null, words, () -> NO_NEW_WRITER_RULE, trusted(), false, NOW)
                        .outcome())
                .as("text of unknown language meets every word")
                .isEqualTo(Outcome.FLAG);
    }

    @Test
    void theStrongestOutcomeWins() {
        List<WatchedWordEntity> words = List.of(
                word("*", "dum", WordAction.FLAG, null),
                word("*", "hot", WordAction.QUEUE, null),
                word("*", "döda", WordAction.BLOCK, "Nej."));
        assertThat(judge("dum", "sv", words).outcome()).isEqualTo(Outcome.FLAG);
        assertThat(judge("dum hot", "sv", words).outcome()).isEqualTo(Outcome.QUEUE);
        assertThat(judge("dum hot döda", "sv", words)).isEqualTo(new Verdict(Outcome.BLOCK, "Nej."));
    }

    @Test
    void newWritersAreQueuedUnlessStaffOrTrusted() {
        ModerationSettings firstThreePosts = new ModerationSettings(3, 3, 0);
        AuthorEntity newcomer = new AuthorEntity(7, NOW.minus(Duration.ofDays(30)));
        assertThat(ScreeningRules.judge("Hej!", "sv", List.of(), () -> firstThreePosts, newcomer, false, NOW))
                .isEqualTo(new Verdict(Outcome.QUEUE, null));
        assertThat(ScreeningRules.judge("Hej!", "sv", List.of(), () -> firstThreePosts, newcomer, true, NOW))
                .as("staff writing")
                .isEqualTo(Verdict.ALLOW);
        for (int i = 0; i < 3; i++) {
            newcomer.submitted();
        }
        assertThat(ScreeningRules.judge("Hej!", "sv", List.of(), () -> firstThreePosts, newcomer, false, NOW))
                .as("after three posts")
                .isEqualTo(Verdict.ALLOW);

        ModerationSettings firstWeek = new ModerationSettings(3, 0, 7);
        AuthorEntity fresh = new AuthorEntity(8, NOW.minus(Duration.ofDays(2)));
        assertThat(ScreeningRules.judge("Hej!", "sv", List.of(), () -> firstWeek, fresh, false, NOW)
                        .outcome())
                .isEqualTo(Outcome.QUEUE);
        fresh.trust(true);
        assertThat(ScreeningRules.judge("Hej!", "sv", List.of(), () -> firstWeek, fresh, false, NOW))
                .as("trusted by staff")
                .isEqualTo(Verdict.ALLOW);
    }

    @Test
    void aBlockingOrQueueingWordDecidesWithoutTheNewWriterSettings() {
        AuthorEntity newcomer = new AuthorEntity(9, NOW);
        assertThat(ScreeningRules.judge(
                                "döda",
                                "sv",
                                List.of(word("*", "döda", WordAction.BLOCK, null)),
                                NOT_ASKED,
                                newcomer,
                                false,
                                NOW)
                        .outcome())
                .isEqualTo(Outcome.BLOCK);
        assertThat(ScreeningRules.judge(
                                "hot",
                                "sv",
                                List.of(word("*", "hot", WordAction.QUEUE, null)),
                                NOT_ASKED,
                                newcomer,
                                false,
                                NOW)
                        .outcome())
                .isEqualTo(Outcome.QUEUE);
    }
}
