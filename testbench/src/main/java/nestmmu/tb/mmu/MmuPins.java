package nestmmu.tb.mmu;

import nestmmu.config.MmuConfig;
import nestmmu.tb.Dut;
import nestmmu.tb.Signal;

/**
 * The ports of a generated {@code MmuTop} (the port contract in {@code hdl-gen/README.md}, "MmuTop
 * ports"), as handles on one {@link Dut}. Looking every port up once makes a cycle cheap, and a
 * design that lacks a port, or has it at another width than the config implies, fails here with
 * one line rather than somewhere in a regression.
 */
public final class MmuPins {
    public final Signal reqValid, reqReady, reqVa, reqAccess, reqUser, reqMode, reqVmid, reqAsid, reqRoot, reqNroot;
    public final Signal rspValid, rspReady, rspPa, rspPageSize, rspPerm, rspFault, rspErrorCode, rspNpfFinal,
            rspNpfTable, rspFaultAddr, rspSource, rspDirty, rspGlobal;
    public final Signal ctlValid, ctlReady, ctlOp, ctlVmid, ctlAsid, ctlVa;
    public final MemoryPins memory;

    private final MmuConfig config;

    public MmuPins(Dut dut, MmuConfig config) {
        this.config = config;
        int pa = config.physAddrBits();
        int v = config.vmidBits();
        int s = config.asidBits();
        MemoryPins.PortCheck l = new MemoryPins.PortCheck(dut);
        reqValid = l.port("req_valid_i", 1);
        reqReady = l.port("req_ready_o", 1);
        reqVa = l.port("req_va_i", 48);
        reqAccess = l.port("req_access_i", 2);
        reqUser = l.port("req_user_i", 1);
        reqMode = l.port("req_mode_i", 2);
        reqVmid = l.port("req_vmid_i", v);
        reqAsid = l.port("req_asid_i", s);
        reqRoot = l.port("req_root_i", pa);
        reqNroot = l.port("req_nroot_i", pa);
        rspValid = l.port("rsp_valid_o", 1);
        rspReady = l.port("rsp_ready_i", 1);
        rspPa = l.port("rsp_pa_o", pa);
        rspPageSize = l.port("rsp_page_size_o", 2);
        rspPerm = l.port("rsp_perm_o", 3);
        rspFault = l.port("rsp_fault_o", 2);
        rspErrorCode = l.port("rsp_error_code_o", 5);
        rspNpfFinal = l.port("rsp_npf_final_o", 1);
        rspNpfTable = l.port("rsp_npf_table_o", 1);
        rspFaultAddr = l.port("rsp_fault_addr_o", Math.max(48, pa));
        rspSource = l.port("rsp_source_o", 2);
        rspDirty = l.port("rsp_dirty_o", 1);
        rspGlobal = l.port("rsp_global_o", 1);
        ctlValid = l.port("ctl_valid_i", 1);
        ctlReady = l.port("ctl_ready_o", 1);
        ctlOp = l.port("ctl_op_i", 2);
        ctlVmid = l.port("ctl_vmid_i", v);
        ctlAsid = l.port("ctl_asid_i", s);
        ctlVa = l.port("ctl_va_i", 48);
        memory = MemoryPins.of(dut, pa);
    }

    public MmuConfig config() {
        return config;
    }
}
