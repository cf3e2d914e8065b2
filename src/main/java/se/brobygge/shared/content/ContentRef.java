package se.brobygge.shared.content;

/**
 * One piece of user-written content anywhere in Brobygge: the owning module (e.g. "dialogue",
 * "associations"), the type inside it (e.g. "post", "profile") and its id there.
 */
public record ContentRef(String module, String type, long id) {

    @Override
    public String toString() {
        return module + ":" + type + ":" + id;
    }
}
