package nestmmu.mmu.walk;

import static nestmmu.hdl.Hw.bool;
import static nestmmu.hdl.Hw.cat;
import static nestmmu.hdl.Hw.lit;
import static nestmmu.hdl.Hw.mux;
import static nestmmu.hdl.Hw.uint;

import nestmmu.arch.PfErrorCode;
import nestmmu.arch.Paging;
import nestmmu.arch.Pte;
import nestmmu.hdl.Bool;
import nestmmu.hdl.Module;
import nestmmu.hdl.UInt;
import nestmmu.mmu.Encodings;
import nestmmu.mmu.PermissionCheck;

/**
 * One step of a walk, as combinational logic: what an entry read at a level means for an access
 * (sim/README.md "The one-stage walk", steps 2–7). Both dimensions of a nested walk use the same
 * instance, fed with the context of the dimension whose entry just arrived.
 *
 * <p>Inputs: {@code pte_i}, {@code level_i} (level code), {@code perm_i} (permissions accumulated
 * above), {@code access_i}, {@code user_i}. Outputs: {@code leaf_o}; {@code perm_o} (accumulated
 * through this entry); {@code fault_o} (not present, a reserved bit, or a leaf that denies the
 * access) with its {@code error_code_o}; {@code need_write_o} (A to set on a non-leaf, A — or D
 * for a write — on a leaf).
 */
public final class PteDecode extends Module {
    public final UInt pte;
    public final UInt level;
    public final UInt permIn;
    public final UInt access;
    public final Bool user;
    public final Bool leaf;
    public final UInt permOut;
    public final Bool fault;
    public final UInt errorCode;
    public final Bool needWrite;

    public PteDecode(String name, int physAddrBits) {
        super(name);
        pte = input("pte", uint(64));
        level = input("level", uint(Encodings.LEVEL_BITS));
        permIn = input("perm", uint(Encodings.PERM_BITS));
        access = input("access", uint(Encodings.ACCESS_BITS));
        user = input("user", bool());
        leaf = output("leaf", bool());
        permOut = output("perm", uint(Encodings.PERM_BITS));
        fault = output("fault", bool());
        errorCode = output("error_code", uint(Encodings.ERROR_CODE_BITS));
        needWrite = output("need_write", bool());
        pte.unused();   // PWT, PCD, G, PAT, the available and protection-key bits mean nothing to a walk

        Bool present = node("present", pte.bit(Pte.P));
        Bool isLeaf = node("is_leaf", level.eq(Encodings.levelCode(1))
                .or(level.ne(Encodings.levelCode(Paging.LEVELS)).and(pte.bit(Pte.PS))));
        UInt reservedMask = node("reserved_mask", mux(isLeaf,
                PteFields.byLevel(level, l -> lit(Pte.reservedMask(physAddrBits, l, l == 2 || l == 3), 64)),
                PteFields.byLevel(level, l -> lit(Pte.reservedMask(physAddrBits, l, false), 64))));
        Bool reserved = node("reserved", pte.and(reservedMask).orR());
        UInt perm = node("perm_acc", cat(
                permIn.bit(Encodings.PERM_X).and(pte.bit(Pte.NX).not()),
                permIn.bit(Encodings.PERM_U).and(pte.bit(Pte.US)),
                permIn.bit(Encodings.PERM_W).and(pte.bit(Pte.RW))));
        Bool denied = node("denied", isLeaf.and(PermissionCheck.allows(perm, access, user).not()));
        Bool write = access.eq(Encodings.WRITE);

        leaf.set(isLeaf);
        permOut.set(perm);
        fault.set(present.not().or(reserved).or(denied));
        errorCode.set(bit(PfErrorCode.P, present)
                .or(bit(PfErrorCode.RSVD, present.and(reserved)))
                .or(bit(PfErrorCode.WR, write))
                .or(bit(PfErrorCode.US, user))
                .or(bit(PfErrorCode.ID, access.eq(Encodings.EXECUTE))));
        Bool aClear = pte.bit(Pte.A).not();
        needWrite.set(aClear.or(isLeaf.and(write).and(pte.bit(Pte.D).not())));
    }

    private static UInt bit(int mask, Bool condition) {
        return mux(condition, lit(mask, Encodings.ERROR_CODE_BITS), lit(0, Encodings.ERROR_CODE_BITS));
    }
}
