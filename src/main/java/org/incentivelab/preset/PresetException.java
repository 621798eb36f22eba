package org.incentivelab.preset;

/** A preset that cannot be used, with a message naming the file, the field and the allowed values. */
public final class PresetException extends Exception {
    private static final long serialVersionUID = 1L;

    /** @param message what is wrong and how to fix it */
    public PresetException(String message) {
        super(message);
    }
}
