## Digilent Arty A7-35T (xc7a35ticsg324-1L). Port names follow the board tops' convention
## (_i inputs, _o outputs).
##
## Pins and I/O standards are taken from Digilent's master constraint file for this board:
## github.com/Digilent/digilent-xdc, Arty-A7-35-Master.xdc (Rev. D and Rev. E boards); the
## comment after each line is that file's bank/pin name and schematic net.
##
## Nothing in this project runs a Xilinx place and route (no vendor tools here): yosys
## synth_xilinx ignores this file. It is for users who take the design into Vivado.

## 100 MHz oscillator
set_property -dict { PACKAGE_PIN E3    IOSTANDARD LVCMOS33 } [get_ports { clk_i }]; #IO_L12P_T1_MRCC_35 Sch=gclk[100]
create_clock -add -name sys_clk_pin -period 10.00 -waveform {0 5} [get_ports { clk_i }];

## The four green user LEDs LD4..LD7, active high
set_property -dict { PACKAGE_PIN H5    IOSTANDARD LVCMOS33 } [get_ports { led_o[0] }]; #IO_L24N_T3_35 Sch=led[4]
set_property -dict { PACKAGE_PIN J5    IOSTANDARD LVCMOS33 } [get_ports { led_o[1] }]; #IO_25_35 Sch=led[5]
set_property -dict { PACKAGE_PIN T9    IOSTANDARD LVCMOS33 } [get_ports { led_o[2] }]; #IO_L24P_T3_A01_D17_14 Sch=led[6]
set_property -dict { PACKAGE_PIN T10   IOSTANDARD LVCMOS33 } [get_ports { led_o[3] }]; #IO_L24N_T3_A00_D16_14 Sch=led[7]

## USB-UART bridge (FT2232HQ channel B). The schematic names are from the bridge's side:
## uart_rxd_out is the FPGA's transmit line, uart_txd_in its receive line.
set_property -dict { PACKAGE_PIN D10   IOSTANDARD LVCMOS33 } [get_ports { uart_tx_o }]; #IO_L19N_T3_VREF_16 Sch=uart_rxd_out
set_property -dict { PACKAGE_PIN A9    IOSTANDARD LVCMOS33 } [get_ports { uart_rx_i }]; #IO_L14N_T2_SRCC_16 Sch=uart_txd_in

## Configuration bank voltage, as on every 3.3 V Arty design
set_property CONFIG_VOLTAGE 3.3 [current_design]
set_property CFGBVS VCCO [current_design]
