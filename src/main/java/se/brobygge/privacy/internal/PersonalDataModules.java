package se.brobygge.privacy.internal;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import org.springframework.core.annotation.AnnotationAwareOrderComparator;
import org.springframework.stereotype.Component;
import se.brobygge.shared.privacy.PersonalData;

/** Every module's {@link PersonalData}, in erasing order (the account itself last). */
@Component
public class PersonalDataModules {

    private final List<PersonalData> modules;

    PersonalDataModules(List<PersonalData> modules) {
        List<PersonalData> sorted = new ArrayList<>(modules);
        sorted.sort(Comparator.comparing(PersonalData::module));
        AnnotationAwareOrderComparator.sort(sorted);
        this.modules = List.copyOf(sorted);
    }

    public List<PersonalData> all() {
        return modules;
    }
}
