package se.brobygge.associations;

import java.util.Set;
import java.util.concurrent.ThreadLocalRandom;
import se.brobygge.shared.OrganisationNumber;

/** Valid association drafts with fresh organisation numbers, so tests never collide. */
public final class AssociationTestData {

    private AssociationTestData() {}

    /** A random valid organisation number (third digit 2-9, Luhn check digit), with hyphen. */
    public static String organisationNumber() {
        ThreadLocalRandom random = ThreadLocalRandom.current();
        StringBuilder digits = new StringBuilder();
        digits.append(random.nextInt(1, 10)).append(random.nextInt(10)).append(random.nextInt(2, 10));
        for (int i = 0; i < 6; i++) {
            digits.append(random.nextInt(10));
        }
        for (int check = 0; check < 10; check++) {
            if (OrganisationNumber.luhnValid(digits.toString() + check)) {
                digits.append(check);
                break;
            }
        }
        return digits.substring(0, 6) + "-" + digits.substring(6);
    }

    public static String unique(String name) {
        return name + " " + Long.toString(System.nanoTime(), 36);
    }

    public static AssociationDraft draft(String name) {
        return draft(name, organisationNumber(), "Vi spelar fotboll varje vecka och välkomnar nya medlemmar.");
    }

    public static AssociationDraft draft(String name, String number, String description) {
        return draft(name, number, description, Set.of("sv", "ar"), Set.of("Norrby"));
    }

    /** A sports association that meets in the given languages and areas. */
    public static AssociationDraft draft(String name, Set<String> languages, Set<String> areas) {
        return draft(
                name,
                organisationNumber(),
                "Vi spelar fotboll varje vecka och välkomnar nya medlemmar.",
                languages,
                areas);
    }

    private static AssociationDraft draft(
            String name, String number, String description, Set<String> languages, Set<String> areas) {
        return AssociationDraft.builder()
                .name(name)
                .organisationNumber(number)
                .type(AssociationType.SPORTS)
                .description(description)
                .languages(languages)
                .areas(areas)
                .contactEmail("kontakt@forening.example")
                .contactPhone(null)
                .website(null)
                .feeSek(null)
                .meetingTimes("Tisdagar 18-19")
                .newcomerHelp(true)
                .build();
    }
}
