package se.brobygge.security;

import java.util.Set;
import java.util.UUID;
import java.util.concurrent.ThreadLocalRandom;
import org.springframework.mock.web.MockHttpServletRequest;
import org.springframework.web.context.request.RequestContextHolder;
import org.springframework.web.context.request.ServletRequestAttributes;
import se.brobygge.associations.AssociationDraft;
import se.brobygge.associations.AssociationType;
import se.brobygge.employers.EmployerTestData;

/** Test data of the security tests: valid associations, and a browser's address for the current thread. */
final class SecurityTestData {

    private SecurityTestData() {}

    /** A valid association with a unique name and organisation number. */
    static AssociationDraft association(String name) {
        return AssociationDraft.builder()
                .name(name + " " + UUID.randomUUID().toString().substring(0, 8))
                .organisationNumber(EmployerTestData.organisationNumber())
                .type(AssociationType.SPORTS)
                .description("Vi spelar fotboll varje vecka och välkomnar nya medlemmar.")
                .languages(Set.of("sv", "ar"))
                .areas(Set.of("Norrby"))
                .contactEmail("kontakt@forening.example")
                .contactPhone(null)
                .website(null)
                .feeSek(null)
                .meetingTimes("Tisdagar 18-19")
                .newcomerHelp(true)
                .build();
    }

    /**
     * Makes the service calls on this thread look as if they came from a browser at a fresh address
     * of a documentation range; undo with {@link RequestContextHolder#resetRequestAttributes()}.
     */
    static String fromNewAddress() {
        ThreadLocalRandom random = ThreadLocalRandom.current();
        String address = "198.51." + random.nextInt(256) + "." + random.nextInt(1, 255);
        MockHttpServletRequest request = new MockHttpServletRequest();
        request.setRemoteAddr(address);
        RequestContextHolder.setRequestAttributes(new ServletRequestAttributes(request));
        return address;
    }
}
