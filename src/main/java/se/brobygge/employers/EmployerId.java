package se.brobygge.employers;

public record EmployerId(long value) {

    @Override
    public String toString() {
        return Long.toString(value);
    }
}
