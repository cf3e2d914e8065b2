package se.brobygge.employers;

/** Staff verify an employer before its postings go out without approval. */
public enum EmployerStatus {
    PENDING,
    VERIFIED,
    REJECTED
}
