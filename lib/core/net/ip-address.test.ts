import { describe, expect, it } from "vitest";
import { classifyHost, isPublicAddress, parseIPv4, parseIPv6 } from "./ip-address";

describe("IP literals in every spelling", () => {
  it("parses IPv4 the way URL parsers do", () => {
    expect(parseIPv4("127.0.0.1")).toBe(0x7f000001);
    expect(parseIPv4("2130706433")).toBe(0x7f000001);
    expect(parseIPv4("0177.0.0.1")).toBe(0x7f000001);
    expect(parseIPv4("0x7f.1")).toBe(0x7f000001);
    expect(parseIPv4("127.1")).toBe(0x7f000001);
    expect(parseIPv4("0x7f000001")).toBe(0x7f000001);
    expect(parseIPv4("256.0.0.1")).toBeNull();
    expect(parseIPv4("4294967296")).toBeNull();
    expect(parseIPv4("example.com")).toBeNull();
    expect(parseIPv4("08.0.0.1")).toBeNull();
  });

  it("parses IPv6 with :: and embedded IPv4", () => {
    expect(parseIPv6("[::1]")).toEqual([0, 0, 0, 0, 0, 0, 0, 1]);
    expect(parseIPv6("::ffff:127.0.0.1")).toEqual([0, 0, 0, 0, 0, 0xffff, 0x7f00, 1]);
    expect(parseIPv6("::ffff:7f00:1")).toEqual([0, 0, 0, 0, 0, 0xffff, 0x7f00, 1]);
    expect(parseIPv6("2001:db8::1")).toEqual([0x2001, 0xdb8, 0, 0, 0, 0, 0, 1]);
    expect(parseIPv6("fe80::1%eth0")).toEqual([0xfe80, 0, 0, 0, 0, 0, 0, 1]);
    expect(parseIPv6("1::2::3")).toBeNull();
    expect(parseIPv6("12345::")).toBeNull();
    expect(parseIPv6("1:2:3:4:5:6:7")).toBeNull();
  });

  it.each([
    "127.0.0.1", "127.1", "2130706433", "0177.0.0.1", "0x7f.0.0.1", "0.0.0.0", "0", "10.1.2.3", "172.16.0.1", "172.31.255.255",
    "192.168.1.1", "169.254.169.254", "100.100.100.200", "224.0.0.1", "255.255.255.255", "198.18.0.1",
    "[::1]", "::", "[::ffff:127.0.0.1]", "[::ffff:7f00:1]", "[::ffff:a9fe:a9fe]", "[::127.0.0.1]", "[fd00:ec2::254]", "[fe80::1]",
    "[fc00::1]", "[ff02::1]", "[64:ff9b::a9fe:a9fe]", "[2002:7f00:1::]", "[2001:db8::1]",
  ])("%s is private", (host) => {
    expect(classifyHost(host)).toBe("private-ip");
  });

  it.each(["93.184.216.34", "8.8.8.8", "172.32.0.1", "192.169.0.1", "[2606:4700::1111]", "[::ffff:8.8.8.8]", "[64:ff9b::808:808]"])("%s is public", (host) => {
    expect(classifyHost(host)).toBe("public-ip");
  });

  it("names: localhost is local, others need resolving", () => {
    expect(classifyHost("localhost")).toBe("local-name");
    expect(classifyHost("api.localhost.")).toBe("local-name");
    expect(classifyHost("LOCALHOST")).toBe("local-name");
    expect(classifyHost("hooks.example.com")).toBe("name");
    expect(isPublicAddress("10.0.0.5")).toBe(false);
    expect(isPublicAddress("2606:4700::1111")).toBe(true);
    expect(isPublicAddress("hooks.example.com")).toBe(false);
  });
});
