package se.brobygge.privacy;

/** Where an export of a person's data stands. */
public enum ExportStatus {
    /** Requested, waiting for a worker. */
    PENDING,
    /** Being collected, module by module. */
    RUNNING,
    /** The ZIP file can be downloaded until it expires. */
    READY,
    /** Collecting failed; the person may ask again. */
    FAILED;

    public boolean busy() {
        return this == PENDING || this == RUNNING;
    }
}
