/**
 * Speech: transcript normalising, word joining, chunk planning, fingerprint
 * clustering, label merge (incl. dual channel), audio intake, and the
 * pipeline that runs parakeet and the diarizer through the gateway queues.
 *
 * @module
 */
export type {
  Diarization,
  MergedSegment,
  SpeakerWord,
  TimelineSpan,
  Transcript,
  TranscriptSegment,
  Turn,
  VadSpan,
  Word,
} from "./types.ts";
export {
  canonicalLabel,
  diarizationToWire,
  joinWords,
  languageCode,
  normalizeDiarization,
  normalizeTranscript,
  segmentsFromWords,
} from "./normalize.ts";
export {
  type Granularity,
  parseGranularities,
  parseResponseFormat,
  renderTranscript,
  RESPONSE_FORMATS,
  type ResponseFormat,
} from "./formats.ts";
export {
  type Chunk,
  CHUNK_BODY_S,
  CHUNK_MARGIN_S,
  owns,
  ownTurns,
  ownWords,
  planChunks,
} from "./chunk_plan.ts";
export { CLUSTER_THRESHOLD, clusterFingerprints, cosineDistance } from "./cluster.ts";
export { type ChunkResult, stitchChunks } from "./chunk_merge.ts";
export {
  assignSpeakers,
  type DualChannel,
  type MergeInput,
  mergeLabels,
  type MergeOptions,
  type MergeResult,
  type MicWord,
  UNKNOWN,
} from "./label_merge.ts";
export {
  type AudioDecoder,
  type AudioFormat,
  cutWav,
  ffmpegDecoder,
  levelDb,
  loadAudio,
  type LoadedAudio,
  NO_DECODER,
  parseWav,
  type PcmWav,
  sniffFormat,
} from "./audio.ts";
export {
  deepHealthProbe,
  diarizeOnce,
  type SpeechDeps,
  transcribeOnce,
  WEDGE_RETRY_S,
} from "./parakeet.ts";
export {
  chunkSettings,
  chunksFor,
  diarizeAudio,
  type SpeakersInput,
  type SpeakersResult,
  transcribeAudio,
  transcribeWithSpeakers,
} from "./pipeline.ts";
