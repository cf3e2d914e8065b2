package se.brobygge.associations;

/** The id of an association. */
public record AssociationId(long value) {

    @Override
    public String toString() {
        return Long.toString(value);
    }
}
