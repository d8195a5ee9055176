package se.samtalsledaren.room;

/**
 * A request the room turns down: an HTTP status and the key of a short message for the phone
 * (in {@code web.error.*}). Never carries anything of the facilitator's computer.
 */
public final class Refusal extends RuntimeException {
    private static final long serialVersionUID = 1L;
    private final int status;
    private final String key;
    private final transient Object[] args;

    public Refusal(int status, String key, Object... args) {
        super(key, null, false, false);
        this.status = status;
        this.key = key;
        this.args = args.clone();
    }

    public int status() {
        return status;
    }

    /** The message's key in the UI bundle. */
    public String key() {
        return key;
    }

    public Object[] args() {
        return args.clone();
    }
}
