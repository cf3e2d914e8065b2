package se.brobygge.associations;

/** Someone else saved the same thing first; the view reloads and says so. */
public class EditConflictException extends RuntimeException {

    public EditConflictException() {
        super("Changed by someone else meanwhile");
    }
}
