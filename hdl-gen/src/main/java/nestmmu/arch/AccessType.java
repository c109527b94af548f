package nestmmu.arch;

/** What an access does to the page: read data, write data, or fetch an instruction. */
public enum AccessType {
    READ, WRITE, EXECUTE;

    public boolean isWrite() { return this == WRITE; }

    public boolean isFetch() { return this == EXECUTE; }
}
