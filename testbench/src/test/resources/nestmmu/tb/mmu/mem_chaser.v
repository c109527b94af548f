// Test fixture for the memory responder: a pointer chaser on the MMU's memory port.
// start_i loads an address; the chaser reads it, follows the word it read (low 3 bits cleared)
// for steps_i reads in all, like a page walk, and with mark_i writes the last word back with
// bit 5 set, like an A-bit update. One request in flight; one cycle per issue, as the MMU.
module mem_chaser (
  input  wire        clk_i,
  input  wire        rst_i,
  input  wire        start_i,
  input  wire [31:0] start_addr_i,
  input  wire [3:0]  steps_i,
  input  wire        mark_i,
  output wire        busy_o,
  output reg         done_o,
  output reg  [63:0] result_o,
  output wire        mem_req_valid_o,
  input  wire        mem_req_ready_i,
  output wire [31:0] mem_req_addr_o,
  output wire        mem_req_write_o,
  output wire [63:0] mem_req_wdata_o,
  input  wire        mem_rsp_valid_i,
  input  wire [63:0] mem_rsp_rdata_i
);
  localparam [2:0] IDLE = 3'd0, ISSUE = 3'd1, WAIT = 3'd2, WRITE = 3'd3, WAITW = 3'd4;
  reg [2:0]  state_q;
  reg [31:0] addr_q;
  reg [3:0]  left_q;
  reg        mark_q;
  reg [63:0] data_q;

  assign busy_o          = state_q != IDLE;
  assign mem_req_valid_o = state_q == ISSUE || state_q == WRITE;
  assign mem_req_addr_o  = addr_q;
  assign mem_req_write_o = state_q == WRITE;
  assign mem_req_wdata_o = data_q | 64'h20;

  always @(posedge clk_i) begin
    done_o <= 1'b0;
    if (rst_i) begin
      state_q  <= IDLE;
      addr_q   <= 32'd0;
      left_q   <= 4'd0;
      mark_q   <= 1'b0;
      data_q   <= 64'd0;
      result_o <= 64'd0;
    end else begin
      case (state_q)
        IDLE: if (start_i) begin
          addr_q  <= start_addr_i;
          left_q  <= steps_i;
          mark_q  <= mark_i;
          state_q <= ISSUE;
        end
        ISSUE: if (mem_req_ready_i) state_q <= WAIT;
        WAIT: if (mem_rsp_valid_i) begin
          data_q <= mem_rsp_rdata_i;
          if (left_q == 4'd1) begin
            if (mark_q) state_q <= WRITE;
            else begin
              state_q  <= IDLE;
              done_o   <= 1'b1;
              result_o <= mem_rsp_rdata_i;
            end
          end else begin
            left_q  <= left_q - 4'd1;
            addr_q  <= mem_rsp_rdata_i[31:0] & ~32'h7;
            state_q <= ISSUE;
          end
        end
        WRITE: if (mem_req_ready_i) state_q <= WAITW;
        WAITW: if (mem_rsp_valid_i) begin
          state_q  <= IDLE;
          done_o   <= 1'b1;
          result_o <= data_q | 64'h20;
        end
        default: state_q <= IDLE;
      endcase
    end
  end
endmodule
