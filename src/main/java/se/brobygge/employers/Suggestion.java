package se.brobygge.employers;

import java.util.List;

/**
 * A suggested internship (for a newcomer) or newcomer (for an employer), with the reasons as
 * translation keys and arguments, e.g. ("employers.reason.occupation", occupation). Suggestions use
 * occupation, languages and area only, never gender, age or origin.
 */
public record Suggestion<T>(T item, List<Reason> reasons) {

    public record Reason(String key, String argument) {}
}
