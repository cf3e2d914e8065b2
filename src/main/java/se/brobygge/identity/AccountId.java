package se.brobygge.identity;

/** The id of an account. Other modules keep this, never the account itself. */
public record AccountId(long value) {

    @Override
    public String toString() {
        return Long.toString(value);
    }
}
