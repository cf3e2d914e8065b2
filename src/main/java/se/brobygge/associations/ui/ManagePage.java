package se.brobygge.associations.ui;

/** How a part of the manage page runs an action and tells the user what happened. */
interface ManagePage {

    /** Runs an action; a lost representation or a concurrent change gets a clear message. */
    void act(Runnable action);

    /** Tells the user (and screen readers) what happened. */
    void say(String text);
}
