import { describe, expect, it } from "vitest";
import { parseMentions } from "./parse-mentions";

const people = [
  { id: "1", email: "dana@meridian.test", name: "Dana Schmidt" },
  { id: "2", email: "dirk@meridian.test", name: "Dirk Weber" },
  { id: "3", email: "dirk2@meridian.test", name: "Dirk Other" },
];

describe("parseMentions", () => {
  it("finds mentions by email, quoted name and unique first name", () => {
    expect(parseMentions("cc @dana@meridian.test.", people).map((p) => p.id)).toEqual(["1"]);
    expect(parseMentions('please check @"Dirk Weber"', people).map((p) => p.id)).toEqual(["2"]);
    expect(parseMentions("@Dana can you look?", people).map((p) => p.id)).toEqual(["1"]);
  });

  it("ignores ambiguous names and unknown people", () => {
    expect(parseMentions("@Dirk ok", people)).toEqual([]);
    expect(parseMentions("@nobody@x.test", people)).toEqual([]);
  });
});
