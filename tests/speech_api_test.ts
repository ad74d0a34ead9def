import { deepEqual, equal, match, ok } from "node:assert/strict";
import { shortMeeting, speechRig } from "./_speech_setup.ts";

const CONVERSATION = [
  { speaker: 0, start: 0.4, frames: [2, 3, 6] },
  { speaker: 1, start: 3.0, frames: [4, 1, 2, 6] },
  { speaker: 0, start: 7.0, frames: [3, 3] },
];

Deno.test("POST /v1/audio/transcriptions answers every response_format", async () => {
  const rig = await speechRig();
  try {
    const { wav, truth } = shortMeeting(CONVERSATION, 12);
    const text = truth.map((w) => w.word).join(" ");

    const json = await rig.post("/v1/audio/transcriptions", { file: wav });
    equal(json.status, 200);
    deepEqual(await json.json(), { text });

    const plain = await rig.post("/v1/audio/transcriptions", {
      file: wav,
      response_format: "text",
    });
    equal(plain.status, 200);
    match(plain.headers.get("content-type") ?? "", /^text\/plain/);
    equal(await plain.text(), text + "\n");

    const srt = await rig.post("/v1/audio/transcriptions", { file: wav, response_format: "srt" });
    equal(srt.status, 200);
    match(await srt.text(), /^1\n00:00:00,400 --> 00:00:0\d,\d{3}\n\w+/);

    const vtt = await rig.post("/v1/audio/transcriptions", { file: wav, response_format: "vtt" });
    equal(vtt.status, 200);
    match(vtt.headers.get("content-type") ?? "", /^text\/vtt/);
    match(await vtt.text(), /^WEBVTT\n\n00:00:00\.400 --> /);

    const verbose = await rig.post("/v1/audio/transcriptions", {
      file: wav,
      response_format: "verbose_json",
    });
    equal(verbose.status, 200);
    const v = await verbose.json();
    equal(v.language, "en");
    equal(v.duration, 12);
    equal(v.text, text);
    ok(Array.isArray(v.segments) && v.segments.length > 0);
    equal(v.words, undefined);
  } finally {
    await rig.close();
  }
});

Deno.test("POST /v1/audio/transcriptions reads every spelling of timestamp_granularities", async () => {
  const rig = await speechRig();
  try {
    const { wav, truth } = shortMeeting(CONVERSATION, 12);
    const spellings = [
      { "timestamp_granularities[]": ["word", "segment"] },
      { timestamp_granularities: '["word","segment"]' },
      { timestamp_granularities: "segment,word" },
    ];
    for (const spelling of spellings) {
      const res = await rig.post("/v1/audio/transcriptions", {
        file: wav,
        response_format: "verbose_json",
        ...spelling,
      });
      equal(res.status, 200);
      const body = await res.json();
      equal(body.words.length, truth.length);
      ok(body.segments.length > 0);
      // The one-frame word comes back zero-length and keeps its place.
      ok(body.words.some((w: { start: number; end: number }) => w.start === w.end));
    }
    const wordsOnly = await (await rig.post("/v1/audio/transcriptions", {
      file: wav,
      response_format: "verbose_json",
      "timestamp_granularities[]": ["word"],
    })).json();
    equal(wordsOnly.segments, undefined);
    equal(wordsOnly.words[0].word, truth[0].word);
    const bad = await rig.post("/v1/audio/transcriptions", {
      file: wav,
      timestamp_granularities: "char",
    });
    equal(bad.status, 400);
    match((await bad.json()).error.message, /timestamp_granularities/);
  } finally {
    await rig.close();
  }
});

for (const profile of ["spark", "openai", "degraded", "nemo"]) {
  Deno.test(`POST /v1/audio/transcriptions normalises the ${profile} variant`, async () => {
    const rig = await speechRig({ profile });
    try {
      const { wav, truth } = shortMeeting(CONVERSATION, 12);
      const res = await rig.post("/v1/audio/transcriptions", {
        file: wav,
        response_format: "verbose_json",
        "timestamp_granularities[]": ["word", "segment"],
      });
      equal(res.status, 200);
      const body = await res.json();
      // Same text whatever the variant: no glued or double-spaced tokens.
      equal(body.text, truth.map((w) => w.word).join(" "));
      equal(body.language, "en");
      equal(body.duration, 12); // degraded sends null: the WAV header fills it
      if (profile !== "degraded") {
        equal(body.words.length, truth.length);
        equal(body.words[0].word, truth[0].word); // no leading space
      } else {
        deepEqual(body.words, []);
      }
    } finally {
      await rig.close();
    }
  });
}

Deno.test("POST /v1/audio/transcriptions: malformed WAV is 400 with a message", async () => {
  const rig = await speechRig();
  try {
    const broken = new TextEncoder().encode("RIFF\0\0\0\0WAVEjunkjunkjunkjunk");
    const res = await rig.post("/v1/audio/transcriptions", { file: broken });
    equal(res.status, 400);
    const body = await res.json();
    match(body.error.message, /WAV file is damaged/);
    equal(rig.fake.requests.length, 0); // nothing went upstream
  } finally {
    await rig.close();
  }
});

Deno.test("POST /v1/audio/transcriptions: unsupported formats are 415", async () => {
  const rig = await speechRig();
  try {
    const png = new Uint8Array([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0, 0, 0, 0]);
    const res = await rig.post("/v1/audio/transcriptions", { file: png });
    equal(res.status, 415);
    match((await res.json()).error.message, /Unsupported audio format/);
    const asJson = await rig.app.request("http://localhost/v1/audio/transcriptions", {
      method: "POST",
      headers: { "content-type": "application/json" },
      body: "{}",
    });
    equal(asJson.status, 415);
    equal(rig.fake.requests.length, 0);
  } finally {
    await rig.close();
  }
});

Deno.test("POST /v1/audio/transcriptions: more than 200 MB is 413", async () => {
  const rig = await speechRig();
  try {
    // Declared size: refused before a byte is read.
    const declared = await rig.app.request("http://localhost/v1/audio/transcriptions", {
      method: "POST",
      headers: {
        "content-type": "multipart/form-data; boundary=x",
        "content-length": String(201 * 1024 * 1024),
      },
      body: "--x--",
    });
    equal(declared.status, 413);
    await declared.body?.cancel();
    // Streamed without a length: cut off at the limit. One 1 MB buffer is sent over and over.
    const mb = new Uint8Array(1024 * 1024);
    const head = new TextEncoder().encode(
      '--x\r\nContent-Disposition: form-data; name="file"; filename="a.wav"\r\n\r\nRIFF',
    );
    let sent = 0;
    const body = new ReadableStream<Uint8Array>({
      pull(ctl) {
        if (sent === 0) ctl.enqueue(head);
        if (sent > 202) ctl.close();
        else ctl.enqueue(mb);
        sent++;
      },
    });
    const streamed = await rig.app.request("http://localhost/v1/audio/transcriptions", {
      method: "POST",
      headers: { "content-type": "multipart/form-data; boundary=x" },
      body,
      duplex: "half",
    } as RequestInit);
    equal(streamed.status, 413);
    match((await streamed.json()).error.message, /200 MB|larger than/);
    equal(rig.fake.requests.length, 0);
  } finally {
    await rig.close();
  }
});

Deno.test("a parakeet 500 is answered 503 + Retry-After: 60 after a deep health probe", async () => {
  const rig = await speechRig({ knobs: { wedged: true } });
  try {
    const events: unknown[] = [];
    const stop = rig.deps.events.subscribe((e) => e && e.type === "speech" && events.push(e.data));
    const { wav } = shortMeeting(CONVERSATION, 12);
    const res = await rig.post("/v1/audio/transcriptions", { file: wav });
    equal(res.status, 503);
    equal(res.headers.get("retry-after"), "60");
    const body = await res.json();
    match(body.error.message, /wedged/);
    equal(body.error.source, "upstream:asr");
    // The failed call, then the probe: two requests, the probe a real-speech clip.
    equal(rig.fake.requests.length, 2);
    deepEqual(events, [{ kind: "asr_failure", wedged: true }]);
    stop();
    // Once the GPU recovers the same upload goes through.
    rig.fake.knobs.wedged = false;
    equal((await rig.post("/v1/audio/transcriptions", { file: wav })).status, 200);
  } finally {
    await rig.close();
  }
});

Deno.test("an upstream 503 (busy) is retried; an abort-worthy 503 reaches the client with Retry-After", async () => {
  const rig = await speechRig();
  try {
    const { wav } = shortMeeting(CONVERSATION, 12);
    rig.fake.setFault({ kind: "status", status: 503, retryAfterS: 120, body: { detail: "busy" } });
    const res = await rig.post("/v1/audio/transcriptions", { file: wav });
    equal(res.status, 503);
    equal(res.headers.get("retry-after"), "120");
    await res.body?.cancel();
  } finally {
    await rig.close();
  }
});

Deno.test("concurrent transcriptions are queued: parakeet never sees two at once", async () => {
  const rig = await speechRig({ latencyMs: 30 });
  try {
    const { wav, truth } = shortMeeting(CONVERSATION, 12);
    const results = await Promise.all(
      Array.from({ length: 4 }, () => rig.post("/v1/audio/transcriptions", { file: wav })),
    );
    for (const r of results) {
      equal(r.status, 200);
      equal((await r.json()).text, truth.map((w) => w.word).join(" "));
    }
    equal(rig.fake.requests.length, 4);
    equal(rig.fake.maxInFlight, 1);
    equal(rig.fake.stats.busyRejected, undefined);
  } finally {
    await rig.close();
  }
});

Deno.test("transcriptions and diarizations share parakeet's one slot", async () => {
  const rig = await speechRig({ latencyMs: 20 });
  try {
    const { wav } = shortMeeting(CONVERSATION, 12);
    const results = await Promise.all([
      rig.post("/v1/audio/transcriptions", { file: wav }),
      rig.post("/v1/audio/diarize-chunk", { file: wav }),
      rig.post("/v1/audio/transcribe-with-speakers", { file: wav }),
      rig.post("/v1/audio/diarize", { file: wav }),
    ]);
    for (const r of results) equal(r.status, 200, await r.clone().text());
    for (const r of results) await r.body?.cancel();
    equal(rig.fake.maxInFlight, 1);
    equal(rig.fake.requests.length, 5);
  } finally {
    await rig.close();
  }
});

Deno.test("POST /v1/audio/diarize-chunk normalises label spellings and keeps fingerprints", async () => {
  const rig = await speechRig({ knobs: { labelStyle: "SPEAKER_00" } });
  try {
    const { wav } = shortMeeting(CONVERSATION, 12);
    const res = await rig.post("/v1/audio/diarize-chunk", { file: wav });
    equal(res.status, 200);
    const body = await res.json();
    deepEqual(body.speakers_detected, ["Speaker_0", "Speaker_1"]);
    equal(body.segments[0].speaker, "Speaker_0");
    equal(body.segments[0].raw_speaker, "SPEAKER_00");
    equal(typeof body.segments[0].start_s, "number");
    equal(body.fingerprints.Speaker_1.length, 192);
    const whole = await (await rig.post("/v1/audio/diarize", { file: wav })).json();
    deepEqual(whole.speakers_detected, ["Speaker_0", "Speaker_1"]);
    equal(whole.fingerprints, undefined);
  } finally {
    await rig.close();
  }
});

Deno.test("POST /v1/audio/transcribe-with-speakers returns the predecessor's shape", async () => {
  const rig = await speechRig();
  try {
    const { wav } = shortMeeting(CONVERSATION, 12);
    const res = await rig.post("/v1/audio/transcribe-with-speakers", {
      file: wav,
      timeline: JSON.stringify([{ start: 0, end: 2.9, name: "Alice", confidence: 0.9 }]),
    });
    equal(res.status, 200);
    const body = await res.json();
    deepEqual(Object.keys(body).sort(), [
      "duration",
      "language",
      "models",
      "segments",
      "speakers_detected",
    ]);
    equal(body.duration, 12);
    equal(body.language, "en");
    deepEqual(body.speakers_detected, ["Alice", "Unknown_0"]);
    deepEqual(body.segments.map((s: { speaker: string }) => s.speaker), [
      "Alice",
      "Unknown_0",
      "Alice",
    ]);
    const first = body.segments[0];
    equal(Number.isInteger(first.start_ms) && Number.isInteger(first.end_ms), true);
    equal(first.start_ms, 400);
    deepEqual(body.models, {
      transcription: "parakeet-asr",
      diarization: "nvidia/diar_sortformer_4spk-v1",
    });
    const withWords = await (await rig.post("/v1/audio/transcribe-with-speakers", {
      file: wav,
      include_words: "true",
    })).json();
    equal(withWords.words.length, 9);
    const bad = await rig.post("/v1/audio/transcribe-with-speakers", { file: wav, timeline: "{" });
    equal(bad.status, 400);
    match((await bad.json()).error.message, /timeline/);
  } finally {
    await rig.close();
  }
});

Deno.test("POST /v1/label-merge merges JSON words and turns", async () => {
  const rig = await speechRig();
  try {
    const res = await rig.app.request("http://localhost/v1/label-merge", {
      method: "POST",
      headers: { "content-type": "application/json" },
      body: JSON.stringify({
        words: [
          { word: " I'm", start: 0, end: 0.3 },
          { word: " here", start: 0.3, end: 0.6 },
          { word: ".", start: 0.6, end: 0.6 },
          { word: "Hi", start: 1, end: 1.2 },
        ],
        segments: [
          { start_s: 0, end_s: 0.7, speaker: "speaker_0" },
          { start: 0.9, end: 1.5, speaker: "SPEAKER_01" },
        ],
        timeline: [{ start: 0, end: 0.7, name: "Bob" }],
      }),
    });
    equal(res.status, 200);
    deepEqual(await res.json(), {
      speakers_detected: ["Bob", "Unknown_0"],
      segments: [
        { start_ms: 0, end_ms: 600, speaker: "Bob", text: "I'm here." },
        { start_ms: 1000, end_ms: 1200, speaker: "Unknown_0", text: "Hi" },
      ],
    });
    const bad = await rig.app.request("http://localhost/v1/label-merge", {
      method: "POST",
      headers: { "content-type": "application/json" },
      body: JSON.stringify({ words: [{ word: "x" }], segments: [] }),
    });
    equal(bad.status, 400);
    await bad.body?.cancel();
  } finally {
    await rig.close();
  }
});
