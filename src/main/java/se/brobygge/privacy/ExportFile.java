package se.brobygge.privacy;

/** A ready export as a downloadable ZIP file. */
public record ExportFile(String fileName, byte[] content) {}
