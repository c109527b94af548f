package nestmmu.mmu.formal;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import nestmmu.arch.Paging;
import nestmmu.config.MmuConfig;
import nestmmu.hdl.emit.Design;
import nestmmu.mmu.Encodings;
import nestmmu.mmu.MmuGenerator;
import nestmmu.mmu.walk.Walker2D;

/**
 * The MMU's safety properties, stated in SystemVerilog immediate assertions over the generated
 * RTL of a config and emitted with it: each property is the generated design with a checker
 * block — assumptions, monitor registers, the assertion and the auxiliary invariants that make it
 * inductive — placed inside the module it is about, between {@code `ifdef FORMAL} and
 * {@code `endif}, so it can name that module's internal signals. Synthesis and simulation never
 * see it; {@code read_verilog -formal} does. The unit is proved alone, every input free each cycle
 * (the strongest environment) except where an assumption says what MmuTop guarantees.
 *
 * <ol>
 *   <li>{@code tlb-isolation} (a): an L1 TLB hit returns an entry of the request's VMID, and of
 *       its ASID unless the entry is global;</li>
 *   <li>{@code tlb-flush} (b): after a flush of all entries or of a VMID, no flushed slot hits
 *       until a fill writes it again;</li>
 *   <li>{@code walker-bound} (c): whatever memory answers, a walk makes at most
 *       {@link Walker2D#MAX_REFERENCES} memory references before the walker is idle again, and
 *       every busy cycle either offers a request or waits for a response (so with latency L a walk
 *       takes at most MAX_REFERENCES·(L+1) cycles);</li>
 *   <li>{@code walker-writes} (d): the memory port writes only A/D updates: every write is the
 *       entry last read, with A (and D) set and no other bit changed, to the address it was read
 *       from (in nested mode a guest entry is written through its write translation, so there the
 *       data is checked and the address is the one that translation produced).</li>
 * </ol>
 */
public final class MmuProperties {
    /** The L1 TLB's file and module in every config. */
    static final String TLB = "mmu_l1_tlb";
    static final String WALKER = "mmu_walker";

    /** One property: the module it is proved on, and the design's files with the checker in that module. */
    public record Property(String name, String letter, String description, String top, Map<String, String> files) {}

    private MmuProperties() {}

    public static List<Property> of(MmuConfig config) {
        return of(config, MmuGenerator.design(config));
    }

    /** The properties over {@code design} (the generated design of {@code config}, possibly altered by a test). */
    public static List<Property> of(MmuConfig config, Design design) {
        List<Property> list = new ArrayList<>();
        int entries = config.l1Tlb().entries();
        list.add(property(design, "tlb-isolation", "a",
                "an L1 TLB hit never returns an entry of another VMID, nor a non-global entry of another ASID",
                TLB, tlbIsolation()));
        list.add(property(design, "tlb-flush", "b",
                "after a flush (all, or by VMID) no flushed L1 TLB entry hits until a fill writes its slot again",
                TLB, tlbFlush(entries)));
        list.add(property(design, "walker-bound", "c",
                "whatever memory answers, a walk ends within " + Walker2D.MAX_REFERENCES
                        + " memory references, and every busy cycle offers a request or waits for a response",
                WALKER, walkerBound()));
        list.add(property(design, "walker-writes", "d",
                "the memory port writes only A/D updates of the entry just read",
                WALKER, walkerWrites(config.physAddrBits())));
        return list;
    }

    private static Property property(Design design, String name, String letter, String description, String top, String checker) {
        String file = top + ".v";
        String text = design.files().get(file);
        if (text == null) throw new IllegalStateException("the design has no " + file);
        Map<String, String> files = new LinkedHashMap<>(design.files());
        files.put(file, withChecker(text, name, checker));
        return new Property(name, letter, description, top, files);
    }

    /** {@code module} with {@code checker} inside it, before its {@code endmodule}. */
    static String withChecker(String module, String name, String checker) {
        int end = module.lastIndexOf("endmodule");
        if (end < 0) throw new IllegalStateException("no endmodule");
        return module.substring(0, end) + "`ifdef FORMAL\n  // nestmmu formal property: " + name + "\n"
                + PAST_VALID + checker + "`endif\n" + module.substring(end);
    }

    /** Every proof starts in reset: the first cycle of a trace has rst_i high. */
    private static final String PAST_VALID = """
              reg f_past_valid = 1'b0;
              always @(posedge clk_i) f_past_valid <= 1'b1;
              always @(*) if (!f_past_valid) assume(rst_i);
            """;

    static String tlbIsolation() {
        return """
                  always @(*) if (f_past_valid && hit_o) begin
                    assert(entry_vmid_o == key_vmid_i);
                    assert(entry_global_o || entry_asid_o == key_asid_i);
                  end
                """;
    }

    static String tlbFlush(int entries) {
        StringBuilder b = new StringBuilder();
        int all = Encodings.FlushOp.ALL.code(), vmid = Encodings.FlushOp.VMID.code();
        b.append("  // f_stale[k]: slot k was flushed and no fill has written it since\n");
        b.append("  reg [").append(entries - 1).append(":0] f_stale;\n");
        b.append("  always @(posedge clk_i) begin\n");
        b.append("    if (rst_i) f_stale <= 0;\n");
        b.append("    else begin\n");
        for (int k = 0; k < entries; k++) {
            b.append("      f_stale[").append(k).append("] <= (flush_valid_i && (flush_op_i == 2'd").append(all)
                    .append(" || (flush_op_i == 2'd").append(vmid).append(" && entries_").append(k)
                    .append("_vmid_q == flush_vmid_i))) ? 1'b1 : (fill_valid_i && fill_one_hot_q[").append(k)
                    .append("]) ? 1'b0 : f_stale[").append(k).append("];\n");
        }
        b.append("    end\n  end\n");
        b.append("  always @(*) if (f_past_valid && !rst_i) begin\n");
        b.append("    assert((hits & f_stale) == 0);\n");
        b.append("    // auxiliary invariant: a stale slot is invalid\n");
        for (int k = 0; k < entries; k++) {
            b.append("    if (f_stale[").append(k).append("]) assert(!valid_").append(k).append("_q);\n");
        }
        b.append("  end\n");
        return b.toString();
    }

    /**
     * A ranking argument: {@code f_left}, computed from the walker's state, bounds the references
     * the walk can still make; it never grows, and drops on each reference issued, so
     * {@code f_refs + f_left} (references made plus references left) stays within the bound.
     */
    static String walkerBound() {
        int hostWalk = 2 * Paging.LEVELS;         // a read and an A/D write per level
        int perLevel = 2 * hostWalk + 2;           // host walk, guest read, write-translation walk, guest write
        int fin = hostWalk;                        // the final host walk
        if (Paging.LEVELS * perLevel + fin != Walker2D.MAX_REFERENCES) {
            throw new IllegalStateException("the bound's terms disagree with Walker2D.MAX_REFERENCES");
        }
        return """
                  reg [7:0] f_refs;          // references issued since the walk started
                  always @(posedge clk_i)
                    if (rst_i || st_idle) f_refs <= 8'd0;
                    else if (fire) f_refs <= f_refs + 8'd1;
                  // references still possible: the guest levels below this one, each PER, plus the final walk
                  wire [7:0] f_rest = {6'd0, g_level_q} * 8'dPER + 8'dFIN;
                  // within a host walk at level h: a read and a write per level from h down
                  wire [7:0] f_h2 = {5'd0, h_level_q, 1'b0};
                  wire [7:0] f_after_host = (h_purpose_q == 2'dTBL) ? 8'dGREAD + f_rest
                                          : h_final ? 8'd0 : 8'd1 + f_rest;
                  wire [7:0] f_left =
                      st_idle         ? 8'd0 :
                      st_g_entry      ? 8'dPER + f_rest :
                      st_g_read       ? 8'dGREAD + f_rest :
                      st_wait_g_read  ? 8'dGWAIT + f_rest :
                      st_g_wxlate     ? 8'dGWAIT + f_rest :
                      st_g_write      ? 8'd1 + f_rest :
                      st_wait_g_write ? f_rest :
                      st_h_read       ? f_h2 + 8'd2 + f_after_host :
                      st_wait_h_read  ? f_h2 + 8'd1 + f_after_host :
                      st_h_write      ? f_h2 + 8'd1 + f_after_host :
                      st_wait_h_write ? f_h2 + f_after_host :
                      8'd0;
                  wire f_h_walk = st_h_read | st_wait_h_read | st_h_write | st_wait_h_write;
                  wire f_waiting = st_wait_g_read | st_wait_g_write | st_wait_h_read | st_wait_h_write;
                  always @(*) if (f_past_valid && !rst_i) begin
                    assert({2'b00, f_refs} + {2'b00, f_left} <= 10'dMAX);   // 10 bits: no wrap-around
                    assert(st_idle || issuing || f_waiting);
                    assert(!(issuing && f_waiting));
                    // auxiliary invariants: an entry read at the last level is a leaf
                    if ((st_h_write || st_wait_h_write) && h_level_q == 2'd0) assert(h_leaf_q);
                    if ((st_g_wxlate || st_g_write || st_wait_g_write || (f_h_walk && h_purpose_q[0]))
                        && g_level_q == 2'd0) assert(g_leaf_q);
                  end
                """
                .replace("PER", Integer.toString(perLevel))
                .replace("FIN", Integer.toString(fin))
                .replace("GREAD", Integer.toString(1 + hostWalk + 1))    // the read, the write translation, the write
                .replace("GWAIT", Integer.toString(hostWalk + 1))
                .replace("TBL", "0")   // HostPurpose.TABLE_READ: a walk for a guest entry's address
                .replace("MAX", Integer.toString(Walker2D.MAX_REFERENCES));
    }

    static String walkerWrites(int pa) {
        return """
                  // MmuTop holds a walk's context in registers from start to end
                  reg f_prev_busy = 1'b0;
                  reg f_prev_nested, f_prev_user;
                  reg [1:0] f_prev_access;
                  reg [47:0] f_prev_va;
                  reg [PA1:0] f_prev_nroot;
                  always @(posedge clk_i) begin
                    f_prev_busy <= !rst_i && !st_idle;
                    f_prev_nested <= ctx_nested_i;
                    f_prev_user <= ctx_user_i;
                    f_prev_access <= ctx_access_i;
                    f_prev_va <= ctx_va_i;
                    f_prev_nroot <= ctx_nroot_i;
                  end
                  always @(*) if (f_prev_busy && !st_idle) begin
                    assume(ctx_nested_i == f_prev_nested);
                    assume(ctx_user_i == f_prev_user);
                    assume(ctx_access_i == f_prev_access);
                    assume(ctx_va_i == f_prev_va);
                    assume(ctx_nroot_i == f_prev_nroot);
                  end
                  reg [PA1:0] f_req_addr;    // the read in flight
                  reg [PA1:0] f_g_addr, f_h_addr;
                  reg [63:0] f_g_data, f_h_data;  // the last guest and host entries read, and where from
                  always @(posedge clk_i) begin
                    if (fire && !mem_req_write_o) f_req_addr <= mem_req_addr_o;
                    if (response && st_wait_g_read) begin f_g_addr <= f_req_addr; f_g_data <= mem_rsp_rdata_i; end
                    if (response && st_wait_h_read) begin f_h_addr <= f_req_addr; f_h_data <= mem_rsp_rdata_i; end
                  end
                  // w is d with A set, maybe D, and nothing else changed
                  function f_ad_update(input [63:0] w, input [63:0] d);
                    f_ad_update = ((w | 64'h60) == (d | 64'h60)) && ((d & ~w) == 64'd0) && w[5];
                  endfunction
                  wire f_h_walk = st_h_read | st_wait_h_read | st_h_write | st_wait_h_write;
                  always @(*) if (f_past_valid && !rst_i) begin
                    if (mem_req_valid_o && mem_req_write_o) begin
                      // st_g_wxlate writes when the nested TLB already holds the entry's write translation
                      assert(st_g_write || st_h_write || st_g_wxlate);
                      if (st_h_write) assert(mem_req_addr_o == f_h_addr && f_ad_update(mem_req_wdata_o, f_h_data));
                      if (st_g_write || st_g_wxlate) assert(f_ad_update(mem_req_wdata_o, f_g_data));
                      if (st_g_write && !ctx_nested_i) assert(mem_req_addr_o == f_g_addr);
                    end
                    // auxiliary invariants: the walker's registers hold what the monitor saw
                    if (f_h_walk || st_g_wxlate) assert(ctx_nested_i);   // host walks run in nested mode only
                    if (st_wait_g_read) assert(g_haddr_q == f_req_addr);
                    if (st_wait_h_read) assert(h_haddr_q == f_req_addr);
                    if (st_h_write || st_wait_h_write) assert(h_haddr_q == f_h_addr);
                    if (st_h_write) assert(h_pte_q == f_h_data);
                    // h_purpose_q[0]: HostPurpose.TABLE_WRITE (3 is never set, and walks like it)
                    if (st_g_write || st_g_wxlate || (f_h_walk && h_purpose_q[0])) assert(g_pte_q == f_g_data);
                    if ((st_g_write || st_wait_g_write) && !ctx_nested_i) assert(g_haddr_q == f_g_addr);
                  end
                """
                .replace("PA1", Integer.toString(pa - 1));
    }
}
