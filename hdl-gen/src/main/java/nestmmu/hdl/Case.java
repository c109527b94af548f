package nestmmu.hdl;

/** One arm of {@link Hw#muxCase}: {@code value} when {@code condition} holds. */
public record Case<T extends Data>(Bool condition, T value) {
    public static <T extends Data> Case<T> of(Bool condition, T value) {
        return new Case<>(condition, value);
    }
}
