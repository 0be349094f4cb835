import type { RuleKnowledge } from './engines.js';

/*
 * What Chromium, Firefox and WebKit do with each condition a lint rule or a
 * parser diagnostic reports, keyed by diagnostic code, then by case key (a
 * finding names its case; `default` otherwise). The error texts are what the
 * browsers' set calls report (recorded by test/oracle from Debian's Chromium
 * and Firefox ESR); the sources say where in each engine the check lives.
 * test/oracle/agreement.test.ts checks these verdicts against the recorded
 * ones, and docs/rules.md shows them per rule.
 *
 * Reading guide for the sources:
 * - Chromium is libwebrtc (webrtc.googlesource.com/src). Blink wraps its
 *   errors: a parse failure rejects with "Failed to parse SessionDescription.
 *   <line> <message>", anything later with "Failed to set remote offer sdp:
 *   <message>" (or "answer"); `error` holds <message> only.
 * - Firefox parses with sipcc: modules/libpref/init/all.js sets
 *   media.peerconnection.sdp.parser to "sipcc" and the alternate parse mode
 *   to "never" outside Nightly (dom/media/webrtc/sdp/SdpPref.cpp,
 *   HybridSdpParser.cpp), so webrtc-sdp (rsdparsa) does not decide. A sipcc
 *   failure reads "SIPCC Failed to parse SDP: SDP Parse Error on line N:
 *   <message>" (JsepSessionImpl::ParseSdp, SdpHelper::AppendSdpParseErrors).
 *   sipcc is lenient in two ways that matter here: an attribute it cannot
 *   parse is dropped with a warning (sdp_attr.c sdp_parse_attribute), and a
 *   line that starts with no known `x=` token ends the parse silently, so the
 *   rest of the text is ignored (sdp_main.c sdp_parse).
 * - The sources read: libwebrtc as of late 2024 and a recent gecko-dev
 *   mirror (the versions the browsers ship may differ). Where a check may have moved since (Firefox
 *   two-byte extmap ids, Chromium's BUNDLE payload type check), the note says
 *   so; test/oracle's recorded verdicts win over this table.
 * - WebKit runs libwebrtc too; it is listed only where WebKit's own source
 *   was read, so it is absent here (unknown), not assumed equal to Chromium.
 */
export const knowledge: Readonly<Record<string, RuleKnowledge>> = {
  // ── Syntax: how each engine splits and reads lines ─────────────────────
  'line-syntax': {
    'expect-line': {
      condition: 'the session part breaks off before a required v=, o=, s= or t= line (a blank, indented or out-of-order line, `s=` alone)',
      chromium: {
        verdict: 'rejects',
        error: 'Expect line: ',
        source: 'libwebrtc pc/webrtc_sdp.cc GetLine, GetLineWithType, ParseSessionDescription',
        note: 'The session lines are read in RFC order; where a required line is due and the next line is not it (or GetLine refuses it, such as `s=` with fewer than 3 characters), the parse fails with "Expect line: <type>=".',
      },
      firefox: {
        verdict: 'depends',
        source: 'Firefox third_party/sipcc/sdp_main.c sdp_parse; dom/media/webrtc/sdp/SipccSdpParser.cpp',
        note: 'An empty `s=` is read (Firefox does not require a session name); a line without a type ends the parse, fatal when no o= or t= line was read yet (the sipcc-no-origin and sipcc-no-timing cases).',
      },
    },
    'expects-m-line': {
      condition: 'a line after the session attributes that is not an m= line (a blank line, c= or b= after t=, an unknown type)',
      chromium: {
        verdict: 'rejects',
        error: 'Expects m line.',
        source: 'libwebrtc pc/webrtc_sdp.cc ParseSessionDescription, ParseMediaDescription',
        note: 'The session part ends at the first line out of its order; if that is not an m= line, no media section is read and the rest of the text fails with "Expects m line.".',
      },
      firefox: {
        verdict: 'depends',
        source: 'Firefox third_party/sipcc/sdp_main.c sdp_parse',
        note: 'sipcc warns about token ordering and reads on; a blank line ends its parse without an error, fatal only if needed lines are dropped; an unknown type letter fails it.',
      },
    },
    'blank-line': {
      condition: 'an empty line inside a media section',
      chromium: {
        verdict: 'rejects',
        error: 'Invalid SDP line.',
        source: 'libwebrtc pc/webrtc_sdp.cc GetLine, ParseContent',
        note: 'A line shorter than 3 characters fails GetLine; inside a media section that is "Invalid SDP line." (before the first m= line see expect-line and expects-m-line).',
      },
      firefox: {
        verdict: 'depends',
        source: 'Firefox third_party/sipcc/sdp_main.c sdp_parse',
        note: 'sipcc ends the parse at a line with no known type token and ignores the rest of the text without an error: a trailing blank line is harmless, one in the middle drops everything after it (later checks then fail, e.g. no ICE credentials or no c= line).',
      },
    },
    'leading-whitespace': {
      condition: 'a line inside a media section that starts with spaces or tabs',
      chromium: {
        verdict: 'rejects',
        error: 'Invalid SDP line.',
        source: 'libwebrtc pc/webrtc_sdp.cc GetLine, ParseContent',
      },
      firefox: {
        verdict: 'depends',
        source: 'Firefox third_party/sipcc/sdp_main.c sdp_parse',
        note: 'The indented line matches no type token, so sipcc stops reading there and drops the rest of the description without an error.',
      },
    },
    'invalid-line': {
      condition: 'a line inside a media section that GetLine refuses: shorter than 3 characters, an upper-case type letter, no `=`, a space after `=`',
      chromium: {
        verdict: 'rejects',
        error: 'Invalid SDP line.',
        source: 'libwebrtc pc/webrtc_sdp.cc GetLine, ParseContent',
      },
      firefox: {
        verdict: 'depends',
        source: 'Firefox third_party/sipcc/sdp_main.c sdp_parse',
        note: 'sipcc stops at a line with no known `<type>=` token (unknown letters fail the parse); what follows is dropped.',
      },
    },
    'missing-final-eol': {
      condition: 'the last line has no line break',
      chromium: {
        verdict: 'rejects',
        error: 'Invalid SDP line.',
        source: 'libwebrtc pc/webrtc_sdp.cc GetLine, ParseContent',
        note: 'GetLine only returns lines that end with LF; an unterminated last line is left over and reported.',
      },
      firefox: {
        verdict: 'accepts',
        source: 'Firefox third_party/sipcc/sdp_main.c sdp_parse',
        note: 'sipcc logs "End of line beyond end of buffer." without failing, and silently drops the unterminated last line (a last a= line is lost).',
      },
    },
    'bare-cr': {
      condition: 'lines that end with a bare CR',
      chromium: {
        verdict: 'depends',
        source: 'libwebrtc pc/webrtc_sdp.cc GetLine',
        note: 'Lines are split at LF only, so CR-separated lines run together into one; the failure and its message depend on which line absorbs the others (usually a rejection).',
      },
      firefox: {
        verdict: 'depends',
        source: 'Firefox third_party/sipcc/sdp_main.c sdp_parse',
        note: 'sipcc also splits at LF only; the joined line is read as one line of its first type, so later values are lost or mangled.',
      },
    },
    port: {
      condition: 'an m= port that is not a plain number: a port count (`9/2`) or an empty field from two spaces',
      chromium: {
        verdict: 'rejects',
        error: 'The port number is invalid',
        source: 'libwebrtc pc/webrtc_sdp.cc ParseMediaDescription',
        note: 'The m= line is split at single spaces and the second field must convert to an integer port.',
      },
      firefox: { verdict: 'accepts', source: 'Firefox third_party/sipcc/sdp_token.c sdp_parse_media', note: 'sipcc reads a port count and collapses repeated spaces.' },
    },
    'port-text': {
      condition: 'an m= port that is a word, not a number',
      chromium: { verdict: 'rejects', error: 'The port number is invalid', source: 'libwebrtc pc/webrtc_sdp.cc ParseMediaDescription' },
      firefox: { verdict: 'rejects', error: 'Invalid port format', source: 'Firefox third_party/sipcc/sdp_token.c sdp_parse_media' },
    },
    multicast: {
      condition: 'a c= address with a TTL or address count (`/127`): multicast',
      chromium: {
        verdict: 'rejects',
        error: 'Multicast is not currently supported.',
        source: 'libwebrtc pc/webrtc_sdp.cc ParseConnectionData',
        note: 'Any `/` in the address fails the parse: "Failed to parse the connection data. Multicast is not currently supported.".',
      },
      firefox: { verdict: 'accepts', source: 'Firefox third_party/sipcc/sdp_token.c sdp_parse_connection', note: 'sipcc reads the TTL and count.' },
    },
    'non-ascii': {
      condition: 'a non-ASCII character in a line Chrome does not read as an identifier (s=, i=, most attributes)',
      chromium: { verdict: 'accepts', source: 'libwebrtc pc/webrtc_sdp.cc ParseSessionDescription', note: 'Free text such as the session name is not checked.' },
      firefox: {
        verdict: 'rejects',
        error: 'SDP contains non ASCII characters',
        source: 'Firefox dom/media/webrtc/jsep/JsepSessionImpl.cpp SetRemoteDescription',
        note: 'Checked on the whole text before sipcc parses it (an InvalidParameterError, not a parse error).',
      },
    },
    'non-ascii-group': {
      condition: 'a non-ASCII character in an a=group line',
      chromium: {
        verdict: 'rejects',
        error: 'Failed to parse group tag.',
        source: 'libwebrtc pc/webrtc_sdp.cc ParseGroupAttribute',
        note: 'Recent libwebrtc checks each group tag for token characters (the late-2024 source read did not yet).',
      },
      firefox: { verdict: 'rejects', error: 'SDP contains non ASCII characters', source: 'Firefox dom/media/webrtc/jsep/JsepSessionImpl.cpp SetRemoteDescription' },
    },
    'non-ascii-mid': {
      condition: 'a non-ASCII character in an a=mid line',
      chromium: {
        verdict: 'rejects',
        error: 'Illegal character found in the value of mid',
        source: 'libwebrtc pc/webrtc_sdp.cc GetSingleTokenValue',
      },
      firefox: { verdict: 'rejects', error: 'SDP contains non ASCII characters', source: 'Firefox dom/media/webrtc/jsep/JsepSessionImpl.cpp SetRemoteDescription' },
    },
    'sipcc-not-sdp': {
      condition: 'a first line that is not `<type>=<value>`',
      chromium: { verdict: 'rejects', error: 'Expect line: v=', source: 'libwebrtc pc/webrtc_sdp.cc ParseSessionDescription' },
      firefox: { verdict: 'rejects', error: 'Attempt to parse text not recognized as SDP text', source: 'Firefox third_party/sipcc/sdp_main.c sdp_parse' },
    },
    'origin-fields': {
      condition: 'an o= line without exactly six space-separated fields (a user name with a space)',
      chromium: { verdict: 'rejects', error: 'Expects 6 fields.', source: 'libwebrtc pc/webrtc_sdp.cc ParseSessionDescription' },
      firefox: { verdict: 'depends', source: 'Firefox third_party/sipcc/sdp_token.c sdp_parse_owner', note: 'sipcc reads the fields in order; it fails when one it needs is not a number.' },
    },
    'origin-fields-shifted': {
      condition: 'an o= line with more than six fields whose second field is not a number',
      chromium: { verdict: 'rejects', error: 'Expects 6 fields.', source: 'libwebrtc pc/webrtc_sdp.cc ParseSessionDescription' },
      firefox: { verdict: 'rejects', error: 'Invalid owner session id', source: 'Firefox third_party/sipcc/sdp_token.c sdp_parse_owner' },
    },
    'bandwidth-syntax': {
      condition: 'a b= line without `:` inside a media section',
      chromium: { verdict: 'rejects', error: 'b= syntax error', source: 'libwebrtc pc/webrtc_sdp.cc ParseContent', note: 'Session-level b= lines are skipped unread.' },
      firefox: { verdict: 'accepts', source: 'Firefox third_party/sipcc/sdp_token.c sdp_parse_bandwidth', note: 'Dropped with a warning.' },
    },
    'bandwidth-value': {
      condition: 'a b=AS or b=TIAS value that is not a whole number inside a media section',
      chromium: { verdict: 'rejects', error: 'Invalid value: ', source: 'libwebrtc pc/webrtc_sdp.cc ParseContent, GetValueFromString', note: 'Session-level b= lines are skipped unread.' },
      firefox: { verdict: 'accepts', source: 'Firefox third_party/sipcc/sdp_token.c sdp_parse_bandwidth', note: 'Dropped with a warning.' },
    },
    'candidate-transport': {
      condition: 'an a=candidate transport other than udp, tcp or ssltcp',
      chromium: { verdict: 'rejects', error: 'Unsupported transport type', source: 'libwebrtc pc/webrtc_sdp.cc ParseCandidate', note: 'Compared without regard to case.' },
      firefox: { verdict: 'accepts', source: 'Firefox third_party/sipcc/sdp_attr.c', note: 'Recorded: the description is taken.' },
    },
    'candidate-type': {
      condition: 'an a=candidate type other than host, srflx, prflx, relay (lower case)',
      chromium: { verdict: 'rejects', error: 'Unsupported candidate type', source: 'libwebrtc pc/webrtc_sdp.cc ParseCandidate', note: 'Compared exactly: `HOST` fails.' },
      firefox: { verdict: 'accepts', source: 'Firefox third_party/sipcc/sdp_attr.c', note: 'Recorded: the description is taken.' },
    },
    'candidate-range': {
      condition: 'an a=candidate priority above 2^32 − 1 or port above 65535',
      chromium: { verdict: 'rejects', error: 'Invalid ', source: 'libwebrtc pc/webrtc_sdp.cc ParseCandidate', note: '"Invalid priority" or "Invalid port".' },
      firefox: { verdict: 'accepts', source: 'Firefox third_party/sipcc/sdp_attr.c', note: 'Recorded: the description is taken.' },
    },
    'ssrc-fields': {
      condition: 'an a=ssrc with an SSRC only',
      chromium: { verdict: 'rejects', error: 'Expects 2 fields.', source: 'libwebrtc pc/webrtc_sdp.cc ParseSsrcAttribute' },
      firefox: { verdict: 'accepts', source: 'Firefox third_party/sipcc/sdp_attr.c sdp_parse_attr_ssrc', note: 'Dropped with a warning.' },
    },
    'media-kind': {
      condition: 'an m= media type other than audio, video, application',
      chromium: { verdict: 'accepts', source: 'libwebrtc pc/webrtc_sdp.cc ParseMediaDescription', note: 'Read as an unsupported section, rejected in the answer.' },
      firefox: { verdict: 'rejects', error: 'Unsupported media section type', source: 'Firefox dom/media/webrtc/sdp/SipccSdpMediaSection.cpp Load' },
    },
    'connection-twice': {
      condition: 'a second c= line in one section',
      chromium: { verdict: 'accepts', source: 'libwebrtc pc/webrtc_sdp.cc ParseContent', note: 'In a media section the last c= wins.' },
      firefox: { verdict: 'rejects', error: 'c= line specified twice at same level', source: 'Firefox third_party/sipcc/sdp_token.c sdp_parse_connection' },
    },
    'fingerprint-twice': {
      condition: 'a second session-level a=fingerprint',
      chromium: { verdict: 'rejects', error: "Can't have multiple fingerprint attributes at the same level.", source: 'libwebrtc pc/webrtc_sdp.cc ParseSessionDescription', note: 'Recorded: in a media section (ParseContent) a second one simply replaces the first.' },
      firefox: { verdict: 'accepts', source: 'Firefox dom/media/webrtc/sdp/SipccSdpAttributeList.cpp LoadFingerprint', note: 'Firefox keeps a list of fingerprints.' },
    },
    'connection-unusable': {
      condition: 'a media section whose c= lines (and the session\'s) all have a network type other than IN or an address type other than IP4/IP6',
      chromium: { verdict: 'rejects', error: 'Failed to parse the connection data.', source: 'libwebrtc pc/webrtc_sdp.cc ParseConnectionData' },
      firefox: {
        verdict: 'rejects',
        error: 'c= connection line not specified for every media level',
        source: 'Firefox third_party/sipcc/sdp_token.c sdp_parse_connection; sdp_main.c sdp_validate_sdp',
        note: 'sipcc drops such a c= line with a warning, then its validation finds the section without one.',
      },
    },
    'bare-cr-only': {
      condition: 'a description whose lines all end with a bare CR',
      chromium: { verdict: 'rejects', error: 'Expect line: v=', source: 'libwebrtc pc/webrtc_sdp.cc GetLine', note: 'Without any LF no line can be read.' },
      firefox: { verdict: 'rejects', error: 'End of line beyond end of buffer', source: 'Firefox third_party/sipcc/sdp_main.c sdp_parse' },
    },
    nul: {
      condition: 'a NUL character in a line',
      chromium: { verdict: 'accepts', source: 'libwebrtc pc/webrtc_sdp.cc', note: 'Recorded in a session name: taken.' },
      firefox: {
        verdict: 'rejects',
        error: 'End of line beyond end of buffer',
        source: 'Firefox third_party/sipcc/sdp_main.c sdp_parse',
        note: 'sipcc reads the text as a C string: it ends at the NUL, so the rest is missing (then "t= timespec line not specified").',
      },
    },
    'sipcc-drops-rtcp-mux': {
      condition: 'a line without a type (blank, indented, no `=`) in an RTP section before its a=rtcp-mux',
      chromium: { verdict: 'rejects', error: 'Invalid SDP line.', source: 'libwebrtc pc/webrtc_sdp.cc GetLine, ParseContent' },
      firefox: {
        verdict: 'rejects',
        error: 'missing a=rtcp-mux',
        source: 'Firefox third_party/sipcc/sdp_main.c sdp_parse; dom/media/webrtc/jsep/JsepSessionImpl.cpp',
        note: 'sipcc stops reading at the line and drops the rest; the section then lacks a=rtcp-mux, which the rtcpMuxPolicy require refuses.',
      },
    },
    'sipcc-no-origin': {
      condition: 'a line without a type (blank, indented) before the o= line',
      chromium: { verdict: 'rejects', error: 'Expect line: ', source: 'libwebrtc pc/webrtc_sdp.cc ParseSessionDescription' },
      firefox: {
        verdict: 'rejects',
        error: 'o= owner line not specified',
        source: 'Firefox third_party/sipcc/sdp_main.c sdp_parse, sdp_validate_sdp',
        note: 'sipcc stops reading at the line and its validation then finds no o= line.',
      },
    },
    'sipcc-no-timing': {
      condition: 'a line without a type (blank, indented) after o= but before the t= line',
      chromium: { verdict: 'rejects', error: 'Expect line: ', source: 'libwebrtc pc/webrtc_sdp.cc ParseSessionDescription' },
      firefox: {
        verdict: 'rejects',
        error: 't= timespec line not specified',
        source: 'Firefox third_party/sipcc/sdp_main.c sdp_parse, sdp_validate_sdp',
        note: 'sipcc stops reading at the line and its validation then finds no t= line.',
      },
    },
  },
  'blank-line': {
    default: {
      condition: 'an empty line inside the description',
      chromium: {
        verdict: 'rejects',
        error: 'Invalid SDP line.',
        source: 'libwebrtc pc/webrtc_sdp.cc GetLine, ParseContent',
        note: 'Before the first m= line the message is "Expects m line.".',
      },
      firefox: {
        verdict: 'depends',
        source: 'Firefox third_party/sipcc/sdp_main.c sdp_parse',
        note: 'sipcc stops at the blank line and ignores the rest without an error: harmless at the very end, fatal later if it drops needed lines.',
      },
    },
  },
  'leading-whitespace': {
    default: {
      condition: 'white space before the type letter',
      chromium: {
        verdict: 'rejects',
        error: 'Invalid SDP line.',
        source: 'libwebrtc pc/webrtc_sdp.cc GetLine, ParseContent',
      },
      firefox: {
        verdict: 'depends',
        source: 'Firefox third_party/sipcc/sdp_main.c sdp_parse',
        note: 'sipcc stops at the indented line and drops the rest of the text without an error.',
      },
    },
  },
  'missing-final-eol': {
    default: {
      condition: 'the last line has no end-of-line',
      chromium: {
        verdict: 'rejects',
        error: 'Invalid SDP line.',
        source: 'libwebrtc pc/webrtc_sdp.cc GetLine, ParseContent',
      },
      firefox: {
        verdict: 'accepts',
        source: 'Firefox third_party/sipcc/sdp_main.c sdp_parse',
        note: 'The unterminated last line is dropped with a logged warning, not an error.',
      },
    },
  },
  'lf-line-endings': {
    default: {
      condition: 'lines end with LF instead of CRLF',
      chromium: { verdict: 'accepts', source: 'libwebrtc pc/webrtc_sdp.cc GetLine, TrimReturnChar', note: 'The CR before LF is optional.' },
      firefox: { verdict: 'accepts', source: 'Firefox third_party/sipcc/sdp_main.c sdp_parse', note: 'sipcc splits at LF.' },
    },
  },
  'unknown-line-type': {
    default: {
      condition: 'a line type letter SDP does not define',
      chromium: {
        verdict: 'depends',
        source: 'libwebrtc pc/webrtc_sdp.cc ParseContent, ParseMediaDescription',
        note: 'Inside a media section an unknown lower-case type is ignored; before the first m= line it ends the session part and the parse fails with "Expects m line."; an upper-case letter fails GetLine ("Invalid SDP line.").',
      },
      firefox: {
        verdict: 'rejects',
        error: 'Failed to parse SDP',
        source: 'Firefox third_party/sipcc/sdp_main.c sdp_parse; dom/media/webrtc/sdp/SipccSdpParser.cpp',
        note: 'sipcc stops at an unrecognised `x=` line and returns SDP_UNRECOGNIZED_TOKEN, which SipccSdpParser treats as a failure; no line message is added, so the error is just "SIPCC Failed to parse SDP: ".',
      },
    },
  },
  'missing-equals': {
    default: {
      condition: 'a line that is not `<type>=<value>`',
      chromium: {
        verdict: 'rejects',
        error: 'Invalid SDP line.',
        source: 'libwebrtc pc/webrtc_sdp.cc GetLine',
        note: 'Before the first m= line the message is "Expects m line." or "Expect line: …".',
      },
      firefox: {
        verdict: 'depends',
        source: 'Firefox third_party/sipcc/sdp_main.c sdp_parse',
        note: 'A line without `=` as second character ends the parse silently; the text after it is ignored.',
      },
    },
  },
  'space-around-equals': {
    'before-equals': {
      condition: 'white space between the type letter and `=`',
      chromium: { verdict: 'rejects', error: 'Invalid SDP line.', source: 'libwebrtc pc/webrtc_sdp.cc GetLine' },
      firefox: {
        verdict: 'depends',
        source: 'Firefox third_party/sipcc/sdp_main.c sdp_parse',
        note: 'No type token matches, so sipcc stops reading there and ignores the rest without an error.',
      },
    },
    'after-equals': {
      condition: 'white space right after `=`',
      chromium: {
        verdict: 'rejects',
        error: 'Invalid SDP line.',
        source: 'libwebrtc pc/webrtc_sdp.cc GetLine',
        note: 'Allowed only for `s= ` (the RFC\'s empty session name).',
      },
      firefox: {
        verdict: 'accepts',
        source: 'Firefox third_party/sipcc/sdp_main.c sdp_parse',
        note: 'The token matches; sipcc\'s field readers skip leading blanks. Not verified for every line type.',
      },
    },
  },
  'line-order': {
    session: {
      condition: 'session-level lines out of RFC order',
      chromium: {
        verdict: 'rejects',
        error: 'Expects m line.',
        source: 'libwebrtc pc/webrtc_sdp.cc ParseSessionDescription, ParseMediaDescription',
        note: 'The session parser reads the lines in RFC order only; the first line out of order ends it and the media parser then fails ("Expect line: t=" when t= is not where expected).',
      },
      firefox: {
        verdict: 'accepts',
        source: 'Firefox third_party/sipcc/sdp_main.c sdp_parse',
        note: 'sipcc logs "Invalid token ordering detected" as a warning and goes on.',
      },
    },
    media: {
      condition: 'media-level lines out of RFC order',
      chromium: { verdict: 'accepts', source: 'libwebrtc pc/webrtc_sdp.cc ParseContent', note: 'Lines of a media section are read in any order.' },
      firefox: { verdict: 'accepts', source: 'Firefox third_party/sipcc/sdp_main.c sdp_parse', note: 'Ordering problems are warnings.' },
    },
  },
  'misplaced-line': {
    default: {
      condition: 'a session-only line type inside a media section',
      chromium: { verdict: 'accepts', source: 'libwebrtc pc/webrtc_sdp.cc ParseContent', note: 'Non-a=, non-b=, non-c= lines in a media section are ignored.' },
      firefox: { verdict: 'accepts', source: 'Firefox third_party/sipcc/sdp_main.c sdp_parse', note: 'sipcc warns "Invalid token … found at media level" and skips the line.' },
    },
  },
  'duplicate-line': {
    'c=': {
      condition: 'a second c= line in one section',
      chromium: { verdict: 'accepts', source: 'libwebrtc pc/webrtc_sdp.cc ParseContent', note: 'In a media section the last c= wins (a second session-level c= breaks the order: line-syntax).' },
      firefox: { verdict: 'rejects', error: 'c= line specified twice at same level', source: 'Firefox third_party/sipcc/sdp_token.c sdp_parse_connection' },
    },
    default: {
      condition: 'a once-only line type repeated in one section',
      chromium: {
        verdict: 'depends',
        source: 'libwebrtc pc/webrtc_sdp.cc ParseSessionDescription, ParseContent',
        note: 'At session level a second v=/o=/s= breaks the fixed reading order and fails ("Expect line: …" or "Expects m line."); a second c= in a media section simply overrides the first.',
      },
      firefox: {
        verdict: 'depends',
        source: 'Firefox third_party/sipcc/sdp_token.c',
        note: 'Unverified: sipcc rejects some repeated session lines and warns on others.',
      },
    },
  },
  'missing-line': {
    v: {
      condition: 'no `v=` line',
      chromium: { verdict: 'rejects', error: 'Expect line: v=', source: 'libwebrtc pc/webrtc_sdp.cc ParseSessionDescription' },
      firefox: { verdict: 'rejects', error: 'First line not v=', source: 'Firefox third_party/sipcc/sdp_main.c sdp_parse' },
    },
    o: {
      condition: 'no `o=` line',
      chromium: { verdict: 'rejects', error: 'Expect line: o=', source: 'libwebrtc pc/webrtc_sdp.cc ParseSessionDescription' },
      firefox: { verdict: 'rejects', error: 'o= owner line not specified', source: 'Firefox third_party/sipcc/sdp_main.c sdp_validate_sdp' },
    },
    s: {
      condition: 'no `s=` line',
      chromium: { verdict: 'rejects', error: 'Expect line: s=', source: 'libwebrtc pc/webrtc_sdp.cc ParseSessionDescription' },
      firefox: {
        verdict: 'accepts',
        source: 'Firefox dom/media/webrtc/sdp/SipccSdpParser.cpp SipccSdpParser::Parse',
        note: 'Firefox turns off sipcc\'s session-name requirement.',
      },
    },
    t: {
      condition: 'no `t=` line',
      chromium: { verdict: 'rejects', error: 'Expect line: t=', source: 'libwebrtc pc/webrtc_sdp.cc ParseSessionDescription' },
      firefox: { verdict: 'rejects', error: 't= timespec line not specified', source: 'Firefox third_party/sipcc/sdp_main.c sdp_validate_sdp' },
    },
    c: {
      condition: 'no `c=` line at session level nor in a media section',
      chromium: {
        verdict: 'accepts',
        source: 'libwebrtc pc/webrtc_sdp.cc ParseMediaDescription',
        note: 'The connection address is optional; candidates carry the addresses.',
      },
      firefox: {
        verdict: 'rejects',
        error: 'c= connection line not specified for every media level',
        source: 'Firefox third_party/sipcc/sdp_main.c sdp_validate_sdp; dom/media/webrtc/sdp/SipccSdpMediaSection.cpp LoadConnection',
        note: 'SipccSdpMediaSection::LoadConnection reports "Missing c= line" for the same condition.',
      },
    },
  },
  'empty-input': {
    default: {
      condition: 'no SDP line at all',
      chromium: { verdict: 'rejects', error: 'Expect line: v=', source: 'libwebrtc pc/webrtc_sdp.cc ParseSessionDescription' },
      firefox: {
        verdict: 'rejects',
        error: 'Failed to parse SDP',
        source: 'Firefox third_party/sipcc/sdp_main.c sdp_parse',
        note: 'sipcc finds no line and returns SDP_NOT_SDP_DESCRIPTION. Firefox may refuse an empty offer earlier, in PeerConnection.sys.mjs.',
      },
    },
  },
  'trailing-whitespace': {
    'a=mid': {
      condition: 'a space after an a=mid value',
      chromium: { verdict: 'rejects', error: 'Illegal character found in the value of mid', source: 'libwebrtc pc/webrtc_sdp.cc GetSingleTokenValue' },
      firefox: { verdict: 'accepts', source: 'Firefox third_party/sipcc/sdp_attr.c', note: 'sipcc reads the mid up to the space.' },
    },
    'a=setup': {
      condition: 'a space after an a=setup role',
      chromium: { verdict: 'rejects', error: 'Invalid attribute value.', source: 'libwebrtc pc/webrtc_sdp.cc ParseDtlsSetup', note: 'The role is compared with the space included.' },
      firefox: { verdict: 'accepts', source: 'Firefox third_party/sipcc/sdp_attr.c sdp_parse_attr_setup' },
    },
    'a=fingerprint': {
      condition: 'a space after an a=fingerprint value',
      chromium: { verdict: 'rejects', error: 'Expects 2 fields.', source: 'libwebrtc pc/webrtc_sdp.cc ParseFingerprintAttribute', note: 'Split at single spaces, the trailing space makes an empty third field.' },
      firefox: { verdict: 'rejects', error: 'Malformed fingerprint token', source: 'Firefox dom/media/webrtc/sdp/SipccSdpAttributeList.cpp LoadFingerprint' },
    },
    default: {
      condition: 'white space at the end of a line',
      chromium: {
        verdict: 'depends',
        source: 'libwebrtc pc/webrtc_sdp.cc GetValue; p2p/base/transport_description.cc ValidateIceUfrag',
        note: 'The space stays in the value: after a=ice-ufrag/ice-pwd it fails ICE validation ("ICE ufrag must contain only alphanumeric characters"), after a=mid it fails the token check ("Illegal character found in the value of mid"); elsewhere it is often harmless.',
      },
      firefox: {
        verdict: 'depends',
        source: 'Firefox third_party/sipcc/sdp_attr.c',
        note: 'sipcc tokenises most values at blanks, so the space is usually dropped; string-valued attributes may keep it. Unverified per attribute.',
      },
    },
  },
  'field-count': {
    'a=fingerprint': {
      condition: 'an a=fingerprint without exactly a hash name and a value',
      chromium: { verdict: 'rejects', error: 'Expects 2 fields.', source: 'libwebrtc pc/webrtc_sdp.cc ParseFingerprintAttribute' },
      firefox: {
        verdict: 'rejects',
        error: 'fingerprint',
        source: 'Firefox dom/media/webrtc/sdp/SipccSdpAttributeList.cpp LoadFingerprint',
        note: 'One token: "Only one token in fingerprint attribute"; more: "Malformed fingerprint token".',
      },
    },
    'a=rtpmap': {
      condition: 'an a=rtpmap without a space between payload type and encoding',
      chromium: { verdict: 'rejects', error: 'Expects at least 2 fields.', source: 'libwebrtc pc/webrtc_sdp.cc ParseRtpmapAttribute', note: 'Split at single spaces: a tab does not separate.' },
      firefox: { verdict: 'accepts', source: 'Firefox third_party/sipcc/sdp_attr.c sdp_parse_attr_transport_map', note: 'Recorded: a tab is taken as a separator.' },
    },
    'a=simulcast': {
      condition: 'an a=simulcast direction without rids',
      chromium: { verdict: 'rejects', error: 'Malformed simulcast line', source: 'libwebrtc pc/webrtc_sdp.cc ParseContent; pc/simulcast_sdp_serializer.cc' },
      firefox: { verdict: 'rejects', error: 'Missing rid', source: 'Firefox dom/media/webrtc/sdp/SdpAttribute.cpp SdpSimulcastAttribute::Parse' },
    },
    'o=': {
      condition: 'an o= line without exactly six fields',
      chromium: { verdict: 'rejects', error: 'Expects 6 fields.', source: 'libwebrtc pc/webrtc_sdp.cc ParseSessionDescription' },
      firefox: {
        verdict: 'rejects',
        error: 'owner',
        source: 'Firefox third_party/sipcc/sdp_token.c sdp_parse_owner',
        note: 'sipcc reads the fields in order and fails on the first it cannot read (a non-numeric session id: "Invalid owner session id specified for o=.").',
      },
    },
    'm=': {
      condition: 'an m= line with fewer than four fields',
      chromium: { verdict: 'rejects', error: 'Expects at least 4 fields.', source: 'libwebrtc pc/webrtc_sdp.cc ParseMediaDescription', note: 'Fields are split at single spaces, so tabs make one field.' },
      firefox: { verdict: 'rejects', error: 'Failed to parse SDP', source: 'Firefox third_party/sipcc/sdp_token.c sdp_parse_media' },
    },
    'a=candidate': {
      condition: 'an a=candidate with fewer than eight fields',
      chromium: { verdict: 'rejects', error: 'Expect at least 8 fields.', source: 'libwebrtc pc/webrtc_sdp.cc ParseCandidate' },
      firefox: { verdict: 'accepts', source: 'Firefox third_party/sipcc/sdp_attr.c sdp_parse_attribute', note: 'The candidate is dropped with a warning.' },
    },
    'a=msid': {
      condition: 'an a=msid with no stream id or more than two fields',
      chromium: {
        verdict: 'rejects',
        error: 'stream ID',
        source: 'libwebrtc pc/webrtc_sdp.cc ParseMsidAttribute',
        note: 'Three or more fields: "Expected a stream ID and optionally a track ID"; none: "Missing stream ID in msid attribute.".',
      },
      firefox: { verdict: 'accepts', source: 'Firefox dom/media/webrtc/sdp/SipccSdpAttributeList.cpp LoadMsids', note: 'An msid sipcc cannot read is dropped with a warning.' },
    },
    'a=extmap': {
      condition: 'an a=extmap without a URI',
      chromium: { verdict: 'rejects', error: 'Expects at least 2 fields.', source: 'libwebrtc pc/webrtc_sdp.cc ParseExtmap' },
      firefox: { verdict: 'accepts', source: 'Firefox third_party/sipcc/sdp_attr.c sdp_parse_attr_extmap', note: 'Dropped with a warning.' },
    },
    line: {
      condition: 'an o=, m=, c= or t= line with too few or too many fields',
      chromium: {
        verdict: 'rejects',
        error: 'Expects 6 fields.',
        source: 'libwebrtc pc/webrtc_sdp.cc ParseSessionDescription, ParseMediaDescription, ParseConnectionData',
        note: 'o= needs exactly 6 fields ("Expects 6 fields."), m= at least 4 ("Expects at least 4 fields."); c= reports "Failed to parse the address type.".',
      },
      firefox: {
        verdict: 'rejects',
        error: 'Failed to parse SDP',
        source: 'Firefox third_party/sipcc/sdp_token.c sdp_parse_owner, sdp_parse_media',
        note: 'A non-attribute line sipcc cannot read fails the whole parse.',
      },
    },
    attribute: {
      condition: 'an attribute with too few or too many fields',
      chromium: {
        verdict: 'depends',
        source: 'libwebrtc pc/webrtc_sdp.cc ParseFingerprintAttribute, ParseRtpmapAttribute, ParseExtmap, ParseSsrcAttribute, ParseCandidate',
        note: 'Rejected ("Expects 2 fields.", "Expects at least 2 fields.") for the attributes libwebrtc reads (fingerprint, setup, rtpmap, extmap, ssrc, ssrc-group, candidate, msid, fmtp); others are not parsed.',
      },
      firefox: {
        verdict: 'depends',
        source: 'Firefox third_party/sipcc/sdp_attr.c sdp_parse_attribute',
        note: 'sipcc drops an attribute it cannot parse and goes on; it fails later only if the dropped attribute was required (fingerprint, ice-ufrag, rid).',
      },
    },
  },
  'invalid-number': {
    'a=imageattr': {
      condition: 'a non-numeric payload type in a=imageattr',
      chromium: { verdict: 'accepts', source: 'libwebrtc pc/webrtc_sdp.cc ParseContent', note: 'a=imageattr is not read.' },
      firefox: { verdict: 'rejects', error: 'at column', source: 'Firefox dom/media/webrtc/sdp/SdpAttribute.cpp SdpImageattrAttributeList::Parse', note: 'Firefox parses it itself: "Malformed at column N".' },
    },
    'a=max-message-size': {
      condition: 'an a=max-message-size that is not a whole number',
      chromium: { verdict: 'rejects', error: 'Invalid SCTP max message size.', source: 'libwebrtc pc/webrtc_sdp.cc ParseSctpMaxMessageSize' },
      firefox: { verdict: 'accepts', source: 'Firefox third_party/sipcc/sdp_attr.c', note: 'Dropped with a warning; the default size applies.' },
    },
    'a=sctp-port': {
      condition: 'an a=sctp-port that is not a number',
      chromium: { verdict: 'rejects', error: 'Invalid sctp port value.', source: 'libwebrtc pc/webrtc_sdp.cc ParseSctpPort' },
      firefox: { verdict: 'depends', source: 'Firefox third_party/sipcc/sdp_attr.c', note: 'Dropped with a warning; an answer then has no SCTP port in common.' },
    },
    'a=extmap': {
      condition: 'an a=extmap id that is not a number',
      chromium: { verdict: 'rejects', error: 'Invalid value: ', source: 'libwebrtc pc/webrtc_sdp.cc ParseExtmap, GetValueFromString' },
      firefox: { verdict: 'accepts', source: 'Firefox third_party/sipcc/sdp_attr.c sdp_parse_attr_extmap', note: 'Dropped with a warning.' },
    },
    'a=rtpmap': {
      condition: 'a non-numeric payload type or clock rate in a=rtpmap',
      chromium: { verdict: 'rejects', error: 'Invalid value: ', source: 'libwebrtc pc/webrtc_sdp.cc ParseRtpmapAttribute, GetValueFromString' },
      firefox: { verdict: 'accepts', source: 'Firefox third_party/sipcc/sdp_attr.c sdp_parse_attr_transport_map', note: 'Dropped with a warning (the codec may then be unknown).' },
    },
    'a=ssrc': {
      condition: 'an a=ssrc id that is not a number',
      chromium: { verdict: 'rejects', error: 'Invalid value: ', source: 'libwebrtc pc/webrtc_sdp.cc ParseSsrcAttribute, GetValueFromString' },
      firefox: { verdict: 'accepts', source: 'Firefox third_party/sipcc/sdp_attr.c sdp_parse_attr_ssrc', note: 'Dropped with a warning.' },
    },
    'a=candidate': {
      condition: 'a non-numeric component, priority or port in a=candidate',
      chromium: {
        verdict: 'rejects',
        error: 'Invalid ',
        source: 'libwebrtc pc/webrtc_sdp.cc ParseCandidate',
        note: 'The message names the field: "Invalid component id", "Invalid priority", "Invalid port number".',
      },
      firefox: { verdict: 'accepts', source: 'Firefox third_party/sipcc/sdp_attr.c sdp_parse_attribute', note: 'The candidate is dropped with a warning.' },
    },
    'm=': {
      condition: 'a non-numeric port or RTP payload type on an m= line',
      chromium: {
        verdict: 'rejects',
        error: 'Invalid value: ',
        source: 'libwebrtc pc/webrtc_sdp.cc ParseMediaDescription, GetPayloadTypeFromString',
        note: 'A payload type of an RTP protocol: "Invalid value: <text>."; a port: "The port number is invalid" (line-syntax says so).',
      },
      firefox: {
        verdict: 'depends',
        source: 'Firefox third_party/sipcc/sdp_token.c sdp_parse_media',
        note: 'Recorded: a non-numeric audio format (and webrtc-datachannel after an RTP protocol) is taken; a port sipcc cannot read fails the m= line.',
      },
    },
    'r=': {
      condition: 'an r= repeat time that is not a number with an optional unit',
      chromium: { verdict: 'accepts', source: 'libwebrtc pc/webrtc_sdp.cc ParseSessionDescription', note: 'r= lines are skipped unread.' },
      firefox: { verdict: 'accepts', source: 'Firefox third_party/sipcc/sdp_token.c sdp_parse_repeat_time', note: 'Recorded: negative offsets are accepted.' },
    },
    line: {
      condition: 'a non-numeric port or RTP payload type on an m= line',
      chromium: {
        verdict: 'rejects',
        error: 'The port number is invalid',
        source: 'libwebrtc pc/webrtc_sdp.cc ParseMediaDescription, GetValueFromString',
        note: 'A non-numeric format of an RTP m= line reports "Invalid value: <text>.".',
      },
      firefox: {
        verdict: 'rejects',
        error: 'Failed to parse SDP',
        source: 'Firefox third_party/sipcc/sdp_token.c sdp_parse_media; dom/media/webrtc/jsep/JsepSessionImpl.cpp ParseSdp',
        note: 'A non-numeric audio/video format fails JSEP with "is not a 16-bit unsigned int".',
      },
    },
    attribute: {
      condition: 'a non-numeric number in an attribute',
      chromium: {
        verdict: 'depends',
        source: 'libwebrtc pc/webrtc_sdp.cc GetValueFromString',
        note: 'Rejected with "Invalid value: <text>." for attributes libwebrtc reads (rtpmap, fmtp, rtcp-fb, extmap, ssrc, candidate, sctp-port); ignored elsewhere.',
      },
      firefox: {
        verdict: 'accepts',
        source: 'Firefox third_party/sipcc/sdp_attr.c sdp_parse_attribute',
        note: 'sipcc drops the attribute with a warning; the description fails later only if that attribute was needed.',
      },
    },
  },
  'number-out-of-range': {
    'm=': {
      condition: 'an RTP payload type above 127 or a port above 65535 on an m= line',
      chromium: {
        verdict: 'rejects',
        error: 'Failed to parse SessionDescription.',
        source: 'libwebrtc pc/webrtc_sdp.cc ParseMediaDescription, GetPayloadTypeFromString; media/base/rtp_utils.cc IsValidRtpPayloadType',
        note: 'A payload type fails the parse without a reason of its own, so only Blink\'s wrapper and the m= line are in the error; a port says "The port number is invalid".',
      },
      firefox: {
        verdict: 'rejects',
        error: 'is too large',
        source: 'Firefox dom/media/webrtc/jsep/JsepSessionImpl.cpp ParseSdp; third_party/sipcc/sdp_token.c sdp_parse_media',
        note: 'A payload type: "… is too large at level …" (above 255 sipcc already fails with "Format is too large"); a port above 65535 is unverified.',
      },
    },
    'a=extmap': {
      condition: 'an a=extmap id of 0 or above 4351',
      chromium: { verdict: 'rejects', error: 'Extension ID is not in valid range.', source: 'libwebrtc pc/webrtc_sdp.cc ParseExtmap' },
      firefox: {
        verdict: 'rejects',
        error: 'Description contains invalid extension id',
        source: 'Firefox dom/media/webrtc/jsep/JsepSessionImpl.cpp ParseSdp',
        note: 'Firefox allows 1–14 only.',
      },
    },
    'a=candidate': {
      condition: 'an a=candidate component of 0 or above 256, or a port above 65535',
      chromium: {
        verdict: 'depends',
        source: 'libwebrtc pc/webrtc_sdp.cc ParseCandidate',
        note: 'Recorded: component 0 is accepted; a port above 65535 fails ("Invalid port number.").',
      },
      firefox: { verdict: 'accepts', source: 'Firefox third_party/sipcc/sdp_attr.c', note: 'Recorded: component 0 is accepted.' },
    },
    'a=rtpmap': {
      condition: 'an a=rtpmap clock rate or channel count of 0, or a payload type above 127',
      chromium: {
        verdict: 'depends',
        source: 'libwebrtc pc/webrtc_sdp.cc ParseRtpmapAttribute',
        note: 'Recorded: clock rate 0 and channel count 0 are accepted; a payload type above 127 fails.',
      },
      firefox: { verdict: 'accepts', source: 'Firefox third_party/sipcc/sdp_attr.c sdp_parse_attr_transport_map', note: 'Recorded: clock rate 0 and channel count 0 are accepted.' },
    },
  },
  'invalid-value': {
    'v=': {
      condition: 'a protocol version other than 0',
      chromium: { verdict: 'accepts', source: 'libwebrtc pc/webrtc_sdp.cc ParseSessionDescription', note: 'The v= value is not read.' },
      firefox: { verdict: 'rejects', error: 'Invalid version', source: 'Firefox third_party/sipcc/sdp_token.c sdp_parse_version' },
    },
    'a=setup': {
      condition: 'an a=setup role other than active, passive, actpass, holdconn',
      chromium: { verdict: 'rejects', error: 'Invalid attribute value.', source: 'libwebrtc pc/webrtc_sdp.cc ParseDtlsSetup' },
      firefox: {
        verdict: 'depends',
        source: 'Firefox third_party/sipcc/sdp_attr.c sdp_parse_attr_setup; dom/media/webrtc/jsep/JsepSessionImpl.cpp',
        note: 'The line is dropped; an offer without another a=setup then fails ("Invalid offer, no setup attribute").',
      },
    },
    'a=mid': {
      condition: 'an a=mid value that is not one token (a space or another character outside token-char)',
      chromium: {
        verdict: 'rejects',
        error: 'Illegal character found in the value of mid',
        source: 'libwebrtc pc/webrtc_sdp.cc ParseContent (a=mid)',
      },
      firefox: {
        verdict: 'accepts',
        source: 'Firefox third_party/sipcc/sdp_attr.c sdp_parse_attr_simple_string',
        note: 'sipcc keeps the first word as the mid; a BUNDLE group naming the whole value then fails on its own (group-unknown-mid).',
      },
    },
    'c=': {
      condition: 'a c= network type other than IN or an address type other than IP4/IP6',
      chromium: {
        verdict: 'rejects',
        error: 'Failed to parse the connection data.',
        source: 'libwebrtc pc/webrtc_sdp.cc ParseConnectionData',
        note: '"The network type is not currently supported." or "The address type is mismatching.".',
      },
      firefox: {
        verdict: 'depends',
        source: 'Firefox third_party/sipcc/sdp_token.c sdp_parse_connection, sdp_validate_sdp',
        note: 'The c= line is dropped with a warning; the parse fails if a media section is then left without one ("c= connection line not specified for every media level").',
      },
    },
    default: {
      condition: 'a field value its grammar does not allow',
      chromium: {
        verdict: 'depends',
        source: 'libwebrtc pc/webrtc_sdp.cc ParseDtlsSetup, GetSingleTokenValue, ParseConnectionData',
        note: 'Rejected where libwebrtc reads the field: an unknown a=setup role ("Invalid attribute value."), a non-token mid ("Illegal character found in the value of mid"), a nettype other than IN; other fields are ignored.',
      },
      firefox: {
        verdict: 'depends',
        source: 'Firefox third_party/sipcc/sdp_attr.c sdp_parse_attribute',
        note: 'Bad attribute values are dropped with a warning; bad values on o=, c= or m= fail the parse.',
      },
    },
  },
  'invalid-syntax': {
    'a=': {
      condition: 'an a= line with no attribute name',
      chromium: { verdict: 'rejects', error: 'Invalid SDP line.', source: 'libwebrtc pc/webrtc_sdp.cc GetLine', note: 'Shorter than three characters.' },
      firefox: { verdict: 'rejects', error: 'No attribute type specified', source: 'Firefox third_party/sipcc/sdp_attr.c sdp_parse_attribute' },
    },
    'a=simulcast': {
      condition: 'an a=simulcast that does not follow RFC 8853',
      chromium: { verdict: 'rejects', error: 'Malformed simulcast line', source: 'libwebrtc pc/webrtc_sdp.cc ParseContent; pc/simulcast_sdp_serializer.cc' },
      firefox: { verdict: 'rejects', error: 'at column', source: 'Firefox dom/media/webrtc/sdp/SdpAttribute.cpp SdpSimulcastAttribute::Parse', note: 'Firefox parses it itself: "… at column N".' },
    },
    'a=candidate': {
      condition: 'an a=candidate without `typ` after the port, or a dangling raddr, rport or extension',
      chromium: {
        verdict: 'rejects',
        error: 'Expect at least 8 fields.',
        source: 'libwebrtc pc/webrtc_sdp.cc ParseCandidate',
        note: 'No `typ` as the seventh field: "Expect at least 8 fields.".',
      },
      firefox: { verdict: 'accepts', source: 'Firefox third_party/sipcc/sdp_attr.c sdp_parse_attribute', note: 'The candidate is dropped with a warning.' },
    },
    'a=rtpmap': {
      condition: 'an a=rtpmap encoding that is not `<name>/<clock rate>[/<channels>]`',
      chromium: { verdict: 'rejects', error: 'Expected format "<encoding name>/<clock rate>', source: 'libwebrtc pc/webrtc_sdp.cc ParseRtpmapAttribute' },
      firefox: { verdict: 'accepts', source: 'Firefox third_party/sipcc/sdp_attr.c sdp_parse_attr_transport_map', note: 'Dropped with a warning.' },
    },
    default: {
      condition: 'an attribute value that does not follow its grammar',
      chromium: {
        verdict: 'depends',
        source: 'libwebrtc pc/webrtc_sdp.cc ParseContent',
        note: 'libwebrtc fails on malformed attributes it reads (candidate, fingerprint, rtpmap, simulcast: "Malformed simulcast line: …") and ignores malformed a=rid lines and attributes it does not read.',
      },
      firefox: {
        verdict: 'depends',
        source: 'Firefox dom/media/webrtc/sdp/SipccSdpAttributeList.cpp Load',
        note: 'Fatal for a=rid, a=simulcast, a=imageattr and a=fingerprint values (parsed by Firefox itself, "… at column N"); other malformed attributes are dropped by sipcc.',
      },
    },
  },
  'attribute-missing-value': {
    default: {
      condition: 'an attribute that needs a value has none',
      chromium: {
        verdict: 'depends',
        source: 'libwebrtc pc/webrtc_sdp.cc GetValue',
        note: 'Rejected with "Failed to get the value of attribute: <name>" for attributes libwebrtc reads (mid, ice-ufrag, ice-pwd, group, msid-semantic, …).',
      },
      firefox: {
        verdict: 'depends',
        source: 'Firefox third_party/sipcc/sdp_attr.c sdp_parse_attribute',
        note: 'sipcc drops it; the description then fails only if the attribute was required (ice-ufrag: "Invalid description, no ice-ufrag attribute").',
      },
    },
  },
  'attribute-unexpected-value': {
    default: {
      condition: 'a flag attribute (rtcp-mux, bundle-only, …) given a value',
      chromium: { verdict: 'accepts', source: 'libwebrtc pc/webrtc_sdp.cc HasAttribute', note: 'The name matches when followed by `:`, and the value is not read, so the flag is set.' },
      firefox: { verdict: 'accepts', source: 'Firefox third_party/sipcc/sdp_attr.c', note: 'Unverified: sipcc reads flags by name.' },
    },
  },
  'extra-field': {
    default: {
      condition: 'text after the last field of a line or attribute',
      chromium: {
        verdict: 'depends',
        source: 'libwebrtc pc/webrtc_sdp.cc ParseSessionDescription, ParseFingerprintAttribute, ParseDtlsSetup',
        note: 'Fields are counted exactly on o= ("Expects 6 fields.") and a=fingerprint ("Expects 2 fields."), and a=setup takes the whole rest as the role ("Invalid attribute value."); most other attributes ignore what follows.',
      },
      firefox: {
        verdict: 'depends',
        source: 'Firefox third_party/sipcc/sdp_attr.c',
        note: 'sipcc reads the fields it needs and usually ignores the rest; a=fingerprint with three tokens is read as hash plus the remaining text, which then fails as "Malformed fingerprint token". Unverified per attribute.',
      },
    },
  },
  'deprecated-syntax': {
    default: {
      condition: 'the draft `rid=` form of a=simulcast',
      chromium: {
        verdict: 'accepts',
        source: 'libwebrtc pc/simulcast_sdp_serializer.cc DeserializeSimulcastDescription; pc/webrtc_sdp.cc RemoveInvalidRidsFromSimulcast',
        note: 'Rid ids are not checked for token characters, so `rid=a` is read as the id of the first layer; it matches no a=rid line and that layer is silently dropped (simulcast degrades, no error).',
      },
      firefox: {
        verdict: 'depends',
        source: 'Firefox dom/media/webrtc/sdp/SdpAttribute.cpp SdpSimulcastAttribute::Parse',
        note: 'Unverified whether Firefox still accepts the draft form it once produced; a parse failure there fails the description ("… at column N").',
      },
    },
  },
  'attribute-level': {
    default: {
      condition: 'an attribute at a level where it has no meaning',
      chromium: { verdict: 'accepts', source: 'libwebrtc pc/webrtc_sdp.cc ParseSessionDescription, ParseContent', note: 'Attributes are only read at the levels libwebrtc expects them; others are ignored.' },
      firefox: { verdict: 'accepts', source: 'Firefox dom/media/webrtc/sdp/SipccSdpAttributeList.cpp WarnAboutMisplacedAttribute', note: 'Ignored with a warning.' },
    },
  },
  'address-type-mismatch': {
    default: {
      condition: 'an address that does not match its IP4/IP6 address type',
      chromium: {
        verdict: 'rejects',
        error: 'Failed to parse the connection data. The address type is mismatching.',
        source: 'libwebrtc pc/webrtc_sdp.cc ParseConnectionData',
        note: 'Checked on c= lines; a=candidate has no address type.',
      },
    },
  },
  'empty-foundation': {
    default: {
      condition: 'a candidate with an empty foundation',
      chromium: { verdict: 'accepts', source: 'libwebrtc pc/webrtc_sdp.cc ParseCandidate', note: 'Seen from Google servers; not recorded by test/oracle.' },
      firefox: { verdict: 'accepts', note: 'Candidates are passed to the ICE stack as text; unverified.' },
    },
  },
  'invisible-characters': {
    value: {
      condition: 'a hidden character inside a value (mid, ufrag, address, …)',
      chromium: {
        verdict: 'depends',
        source: 'libwebrtc pc/webrtc_sdp.cc GetSingleTokenValue; p2p/base/transport_description.cc ValidateIceUfrag',
        note: 'Rejected where the value is validated (mid: "Illegal character found in the value of mid"; ufrag/pwd: "ICE ufrag must contain only alphanumeric characters, \'+\', and \'/\'."); elsewhere the value silently differs.',
      },
      firefox: {
        verdict: 'depends',
        source: 'Firefox third_party/sipcc/sdp_attr.c',
        note: 'sipcc keeps or drops the attribute depending on its grammar; unverified per attribute.',
      },
    },
    text: {
      condition: 'a hidden character in free text (s=, i=)',
      chromium: { verdict: 'accepts', source: 'libwebrtc pc/webrtc_sdp.cc ParseSessionDescription', note: 'Free-text lines are skipped.' },
      firefox: { verdict: 'accepts', source: 'Firefox third_party/sipcc/sdp_token.c', note: 'Free text is not interpreted.' },
    },
  },

  // ── ICE: credentials and candidates ───────────────────────────────────
  'ice-credentials-missing': {
    default: {
      condition: 'a section with its own transport has no a=ice-ufrag or no a=ice-pwd',
      chromium: {
        verdict: 'rejects',
        error: 'Called with SDP without ice-ufrag and ice-pwd.',
        source: 'libwebrtc pc/sdp_offer_answer.cc VerifyIceUfragPwdPresent (ValidateSessionDescription)',
        note: 'Sections bundled behind another section\'s transport are skipped.',
      },
      firefox: {
        verdict: 'rejects',
        error: 'Invalid description, no ice-',
        source: 'Firefox dom/media/webrtc/sdp/SdpHelper.cpp ValidateTransportAttributes',
        note: 'Full message: "Invalid description, no ice-ufrag attribute at level N" (or "no ice-pwd attribute" with a ufrag but no password).',
      },
    },
    'offer-bundled': {
      condition: 'an offer section bundled behind another one (not bundle-only) has a=ice-ufrag or a=ice-pwd but not both',
      chromium: {
        verdict: 'rejects',
        error: 'must be between',
        source: 'libwebrtc pc/jsep_transport_controller.cc MaybeCreateJsepTransport; p2p/base/transport_description.cc IceParameters::Validate',
        note: 'VerifyIceUfragPwdPresent skips the section, but a remote offer establishes no BUNDLE yet, so its own transport is set up and the empty value fails: "Invalid ICE parameters: ICE pwd must be between 22 and 256 characters long." (or "ICE ufrag …").',
      },
      firefox: {
        verdict: 'rejects',
        error: 'Invalid description, no ice-',
        source: 'Firefox dom/media/webrtc/sdp/SdpHelper.cpp ValidateTransportAttributes, OwnsTransport',
        note: 'In an offer only bundle-only sections are taken as bundled.',
      },
    },
    'offer-bundled-both': {
      condition: 'an offer section bundled behind another one (not bundle-only) has neither a=ice-ufrag nor a=ice-pwd',
      chromium: {
        verdict: 'accepts',
        source: 'libwebrtc pc/sdp_offer_answer.cc VerifyIceUfragPwdPresent; p2p/base/transport_description.cc IceParameters::Validate',
        note: 'Only the BUNDLE tag needs credentials, and empty ones are let through as a legacy case when the section\'s transport is set up (unverified by test/oracle).',
      },
      firefox: {
        verdict: 'rejects',
        error: 'Invalid description, no ice-ufrag attribute',
        source: 'Firefox dom/media/webrtc/sdp/SdpHelper.cpp ValidateTransportAttributes, OwnsTransport',
      },
    },
    'no-ice': {
      condition: 'a section with no ICE line at all (a plain RTP description) has no credentials',
      chromium: {
        verdict: 'rejects',
        error: 'Called with SDP without ',
        source: 'libwebrtc pc/sdp_offer_answer.cc VerifyCrypto, VerifyIceUfragPwdPresent (ValidateSessionDescription)',
        note: 'Every section that is not rejected needs credentials; without a fingerprint either, the fingerprint check fails first ("Called with SDP without DTLS fingerprint.").',
      },
      firefox: {
        verdict: 'rejects',
        error: 'Invalid description, no ice-',
        source: 'Firefox dom/media/webrtc/sdp/SdpHelper.cpp ValidateTransportAttributes',
      },
    },
  },
  'ice-ufrag-length': {
    'too-short': {
      condition: 'an a=ice-ufrag shorter than 4 characters',
      chromium: {
        verdict: 'rejects',
        error: 'ICE ufrag must be between 4 and 256 characters long.',
        source: 'libwebrtc pc/jsep_transport.cc SetRemoteJsepTransportDescription; p2p/base/transport_description.cc ValidateIceUfrag',
        note: 'Prefixed "Invalid ICE parameters: ".',
      },
      firefox: {
        verdict: 'rejects',
        error: 'ice-ufrag is too short',
        source: 'Firefox dom/media/webrtc/sdp/SdpHelper.cpp ValidateTransportAttributes (kMinIceUfragLength)',
        note: 'Full message: "Invalid description, ice-ufrag is too short at level N"; only sections that carry their own transport are checked (in an offer every section but bundle-only ones).',
      },
    },
    'too-long': {
      condition: 'an a=ice-ufrag longer than 256 characters',
      chromium: {
        verdict: 'rejects',
        error: 'ICE ufrag must be between 4 and 256 characters long.',
        source: 'libwebrtc pc/jsep_transport.cc SetRemoteJsepTransportDescription; p2p/base/transport_description.cc ValidateIceUfrag',
        note: 'Prefixed "Invalid ICE parameters: ".',
      },
      firefox: {
        verdict: 'accepts',
        source: 'Firefox dom/media/webrtc/sdp/SdpHelper.cpp ValidateTransportAttributes',
        note: 'Firefox ESR 153 takes it (recorded by test/oracle); newer sources also refuse more than 256 characters ("is too long").',
      },
    },
  },
  'ice-credentials-chars': {
    default: {
      condition: 'an a=ice-ufrag or a=ice-pwd with a character outside ice-char other than `-`, `=`, `#`, `_`',
      chromium: {
        verdict: 'rejects',
        error: "must contain only alphanumeric characters, '+', and '/'.",
        source: 'libwebrtc p2p/base/transport_description.cc ValidateIceUfrag, ValidateIcePwd (IsIceChar)',
        note: 'Full message: "Invalid ICE parameters: ICE ufrag must contain only alphanumeric characters, \'+\', and \'/\'." (or "ICE pwd …"), when the section\'s transport is set up.',
      },
      firefox: {
        verdict: 'accepts',
        source: 'Firefox dom/media/webrtc/sdp/SdpHelper.cpp ValidateTransportAttributes',
        note: 'Firefox ESR 153 takes any character (recorded by test/oracle); newer sources refuse `$` only ("contains invalid characters").',
      },
    },
    legacy: {
      condition: 'an a=ice-ufrag or a=ice-pwd whose only characters outside ice-char are `-`, `=`, `#` or `_`',
      chromium: { verdict: 'accepts', source: 'libwebrtc p2p/base/transport_description.cc IsIceChar', note: 'Still let through with a logged warning (crbug.com/1053756).' },
      firefox: { verdict: 'accepts', source: 'Firefox dom/media/webrtc/sdp/SdpHelper.cpp ValidateTransportAttributes' },
    },
  },
  'ice-pwd-length': {
    'too-short': {
      condition: 'an a=ice-pwd shorter than 22 characters',
      chromium: {
        verdict: 'rejects',
        error: 'ICE pwd must be between 22 and 256 characters long.',
        source: 'libwebrtc pc/jsep_transport.cc SetRemoteJsepTransportDescription; p2p/base/transport_description.cc ValidateIcePwd',
        note: 'Prefixed "Invalid ICE parameters: ".',
      },
      firefox: {
        verdict: 'rejects',
        error: 'ice-pwd is too short',
        source: 'Firefox dom/media/webrtc/sdp/SdpHelper.cpp ValidateTransportAttributes (kMinIcePwdLength)',
        note: 'Full message: "Invalid description, ice-pwd is too short at level N"; only sections that carry their own transport are checked (in an offer every section but bundle-only ones).',
      },
    },
    'too-long': {
      condition: 'an a=ice-pwd longer than 256 characters',
      chromium: {
        verdict: 'rejects',
        error: 'ICE pwd must be between 22 and 256 characters long.',
        source: 'libwebrtc pc/jsep_transport.cc SetRemoteJsepTransportDescription; p2p/base/transport_description.cc ValidateIcePwd',
        note: 'Prefixed "Invalid ICE parameters: ".',
      },
      firefox: {
        verdict: 'accepts',
        source: 'Firefox dom/media/webrtc/sdp/SdpHelper.cpp ValidateTransportAttributes',
        note: 'Firefox ESR 153 takes it (recorded by test/oracle); newer sources also refuse more than 256 characters ("is too long").',
      },
    },
  },
  'bundle-ice-credentials-differ': {
    default: {
      condition: 'sections of one BUNDLE group carry different ICE credentials',
      chromium: { verdict: 'accepts', source: 'libwebrtc pc/sdp_offer_answer.cc VerifyIceUfragPwdPresent', note: 'Only the BUNDLE-tag section\'s transport is used.' },
      firefox: { verdict: 'accepts', source: 'Firefox dom/media/webrtc/sdp/SdpHelper.cpp OwnsTransport', note: 'Non-tag sections of an answer\'s BUNDLE group own no transport; their credentials are ignored.' },
    },
  },
  'candidate-after-end-of-candidates': {
    default: {
      condition: 'an a=candidate after a=end-of-candidates in the same section',
      chromium: { verdict: 'accepts', source: 'libwebrtc pc/webrtc_sdp.cc ParseContent', note: 'a=end-of-candidates is not read from a description.' },
      firefox: { verdict: 'accepts', source: 'Firefox dom/media/webrtc/sdp/SipccSdpAttributeList.cpp LoadCandidate', note: 'All a=candidate lines are collected regardless of position.' },
    },
  },
  'candidate-host-raddr': {
    default: {
      condition: 'a host candidate with raddr/rport',
      chromium: { verdict: 'accepts', source: 'libwebrtc pc/webrtc_sdp.cc ParseCandidate', note: 'raddr/rport are parsed for every candidate type.' },
      firefox: { verdict: 'accepts', note: 'Candidates go to the ICE stack as text; unverified.' },
    },
  },
  'candidate-priority-component': {
    default: {
      condition: 'a candidate priority encoding another component',
      chromium: { verdict: 'accepts', source: 'libwebrtc pc/webrtc_sdp.cc ParseCandidate', note: 'The priority is taken as a number.' },
      firefox: { verdict: 'accepts', note: 'Unverified; the priority is only used for ordering.' },
    },
  },
  'address-invalid': {
    connection: {
      condition: 'a c= address that is not an IP address',
      chromium: {
        verdict: 'accepts',
        source: 'libwebrtc pc/webrtc_sdp.cc ParseConnectionData',
        note: 'A non-IP text becomes a host name with no address family, which passes the family check; the address is not used for connectivity.',
      },
    },
    candidate: {
      condition: 'a candidate address that is not an IP address (nor an mDNS name)',
      chromium: {
        verdict: 'accepts',
        source: 'libwebrtc pc/webrtc_sdp.cc ParseCandidate',
        note: 'The address is kept as a host name (the path mDNS candidates take) and resolution fails later, without an error to the page.',
      },
    },
  },

  // ── DTLS: fingerprint and setup role ──────────────────────────────────
  'dtls-fingerprint-missing': {
    default: {
      condition: 'a DTLS section with its own transport has no a=fingerprint',
      chromium: {
        verdict: 'rejects',
        error: 'Called with SDP without DTLS fingerprint.',
        source: 'libwebrtc pc/sdp_offer_answer.cc VerifyCrypto (ValidateSessionDescription)',
      },
      firefox: {
        verdict: 'rejects',
        error: 'Invalid description, no fingerprint attribute',
        source: 'Firefox dom/media/webrtc/sdp/SdpHelper.cpp ValidateTransportAttributes',
      },
    },
    'offer-bundled': {
      condition: 'an offer section bundled behind another one (not bundle-only) has no a=fingerprint',
      chromium: {
        verdict: 'accepts',
        source: 'libwebrtc pc/sdp_offer_answer.cc VerifyCrypto',
        note: 'Only the BUNDLE-tag section needs a fingerprint; unverified by test/oracle whether setting up the section\'s own transport refuses it later.',
      },
      firefox: {
        verdict: 'rejects',
        error: 'Invalid description, no fingerprint attribute',
        source: 'Firefox dom/media/webrtc/sdp/SdpHelper.cpp ValidateTransportAttributes, OwnsTransport',
        note: 'In an offer only bundle-only sections are taken as bundled.',
      },
    },
    'not-dtls': {
      condition: 'a section over plain RTP (RTP/AVP, RTP/SAVPF, …) with no a=fingerprint and no a=crypto',
      chromium: {
        verdict: 'rejects',
        error: 'Called with SDP without DTLS fingerprint.',
        source: 'libwebrtc pc/sdp_offer_answer.cc VerifyCrypto',
        note: 'With DTLS on (always, in a browser) every section that is not rejected or bundled behind another needs a fingerprint, whatever its protocol.',
      },
      firefox: {
        verdict: 'rejects',
        error: 'Invalid description, no ',
        source: 'Firefox dom/media/webrtc/sdp/SdpHelper.cpp ValidateTransportAttributes',
        note: 'The ICE credentials are checked first: without them the message is "no ice-ufrag attribute", else "no fingerprint attribute".',
      },
    },
  },
  'sdes-only': {
    default: {
      condition: 'a=crypto (SDES keys) and no a=fingerprint',
      chromium: {
        verdict: 'rejects',
        error: 'Called with SDP without DTLS fingerprint.',
        source: 'libwebrtc pc/sdp_offer_answer.cc VerifyCrypto',
        note: 'DTLS is always on in browsers; a=crypto is not read at all.',
      },
      firefox: {
        verdict: 'rejects',
        error: 'Invalid description, no fingerprint attribute',
        source: 'Firefox dom/media/webrtc/sdp/SdpHelper.cpp ValidateTransportAttributes',
      },
    },
  },
  'dtls-fingerprint-weak-hash': {
    'sha-1': {
      condition: 'an a=fingerprint with sha-1',
      chromium: { verdict: 'accepts', source: 'libwebrtc rtc_base/ssl_fingerprint.cc CreateUniqueFromRfc4572; rtc_base/message_digest.cc IsFips180DigestAlgorithm', note: 'sha-1 is one of the FIPS 180 hashes libwebrtc accepts.' },
      firefox: { verdict: 'accepts', source: 'Firefox dom/media/webrtc/sdp/SipccSdpAttributeList.cpp LoadFingerprint' },
    },
    md5: {
      condition: 'an a=fingerprint with md5',
      chromium: {
        verdict: 'rejects',
        error: 'Failed to create fingerprint from the digest.',
        source: 'libwebrtc pc/webrtc_sdp.cc ParseFingerprintAttribute; rtc_base/message_digest.cc IsFips180DigestAlgorithm',
      },
      firefox: {
        verdict: 'accepts',
        source: 'Firefox dom/media/webrtc/sdp/SipccSdpAttributeList.cpp LoadFingerprint; SdpAttribute.h SdpFingerprintAttributeList',
        note: 'md5 and md2 are among the hash names Firefox\'s fingerprint list knows; whether the DTLS layer later refuses the handshake is unverified.',
      },
    },
    md2: {
      condition: 'an a=fingerprint with md2',
      chromium: {
        verdict: 'rejects',
        error: 'Failed to create fingerprint from the digest.',
        source: 'libwebrtc pc/webrtc_sdp.cc ParseFingerprintAttribute; rtc_base/message_digest.cc IsFips180DigestAlgorithm',
      },
      firefox: {
        verdict: 'accepts',
        source: 'Firefox dom/media/webrtc/sdp/SipccSdpAttributeList.cpp LoadFingerprint',
        note: 'As for md5; unverified.',
      },
    },
  },
  'dtls-fingerprint-hash-unknown': {
    'unknown-hash': {
      condition: 'an a=fingerprint hash name no browser knows',
      chromium: {
        verdict: 'rejects',
        error: 'Failed to create fingerprint from the digest.',
        source: 'libwebrtc pc/webrtc_sdp.cc ParseFingerprintAttribute; rtc_base/ssl_fingerprint.cc CreateUniqueFromRfc4572',
        note: 'Known: sha-1, sha-224, sha-256, sha-384, sha-512 (IsFips180DigestAlgorithm); one unknown line fails the whole description even beside a good one.',
      },
      firefox: {
        verdict: 'rejects',
        error: 'Invalid description, no supported fingerprint algorithms present',
        source: 'Firefox dom/media/webrtc/sdp/SipccSdpAttributeList.cpp LoadFingerprint; SdpHelper.cpp ValidateTransportAttributes',
        note: 'An unknown hash is skipped; the description is refused only when no fingerprint with a known hash is left.',
      },
    },
    'malformed-value': {
      condition: 'an a=fingerprint value that is not colon-separated hex',
      chromium: {
        verdict: 'rejects',
        error: 'Failed to create fingerprint from the digest.',
        source: 'libwebrtc rtc_base/ssl_fingerprint.cc CreateUniqueFromRfc4572',
      },
      firefox: {
        verdict: 'rejects',
        error: 'Malformed fingerprint token',
        source: 'Firefox dom/media/webrtc/sdp/SipccSdpAttributeList.cpp LoadFingerprint',
        note: 'A value with one token only reports "Only one token in fingerprint attribute".',
      },
    },
    'wrong-length': {
      condition: 'an a=fingerprint whose byte count does not fit its hash',
      chromium: { verdict: 'accepts', source: 'libwebrtc rtc_base/ssl_fingerprint.cc CreateUniqueFromRfc4572', note: 'Recorded: taken; the DTLS handshake can then never verify the certificate.' },
      firefox: { verdict: 'accepts', source: 'Firefox dom/media/webrtc/sdp/SipccSdpAttributeList.cpp LoadFingerprint', note: 'Recorded: taken; the handshake fails later.' },
    },
    'lower-case-hex': {
      condition: 'an a=fingerprint written in lower-case hex',
      chromium: { verdict: 'accepts', source: 'libwebrtc rtc_base/ssl_fingerprint.cc CreateUniqueFromRfc4572', note: 'hex_decode takes either case.' },
      firefox: {
        verdict: 'rejects',
        error: 'Malformed fingerprint token',
        source: 'Firefox dom/media/webrtc/sdp/SdpAttribute.cpp SdpFingerprintAttributeList::ParseFingerprint',
        note: 'Recorded: only upper-case hex digits are read (RFC 8122 §5 UHEX).',
      },
    },
  },
  'dtls-setup-missing': {
    offer: {
      condition: 'an offer section with its own DTLS transport has no a=setup',
      chromium: {
        verdict: 'accepts',
        source: 'libwebrtc p2p/base/transport_description_factory.cc CreateAnswer',
        note: 'A missing role is taken as actpass (with a logged warning).',
      },
      firefox: {
        verdict: 'rejects',
        error: 'Invalid offer, no setup attribute',
        source: 'Firefox dom/media/webrtc/sdp/SdpHelper.cpp ValidateTransportAttributes',
      },
    },
    answer: {
      condition: 'an answer section with its own DTLS transport has no a=setup',
      chromium: { verdict: 'accepts', source: 'libwebrtc pc/jsep_transport.cc NegotiateDtlsRole', note: 'A remote answer without a role makes the offerer the DTLS server.' },
      firefox: { verdict: 'accepts', source: 'Firefox dom/media/webrtc/jsep/JsepSessionImpl.cpp FinalizeTransport', note: 'Without a role in the answer the answerer is taken as DTLS client.' },
    },
    default: {
      condition: 'a section with its own DTLS transport has no a=setup (type unknown)',
      chromium: { verdict: 'accepts', source: 'libwebrtc p2p/base/transport_description_factory.cc CreateAnswer; pc/jsep_transport.cc NegotiateDtlsRole' },
      firefox: {
        verdict: 'depends',
        source: 'Firefox dom/media/webrtc/sdp/SdpHelper.cpp ValidateTransportAttributes',
        note: 'Refused in an offer ("Invalid offer, no setup attribute at level N"), accepted in an answer.',
      },
    },
  },
  'dtls-setup-offer-not-actpass': {
    default: {
      condition: 'an offer with a=setup:active or passive',
      chromium: { verdict: 'accepts', source: 'libwebrtc p2p/base/transport_description_factory.cc CreateAnswer', note: 'The answer takes the opposite role.' },
      firefox: { verdict: 'accepts', source: 'Firefox dom/media/webrtc/jsep/JsepSessionImpl.cpp DetermineAnswererSetupRole', note: 'The answer takes the opposite role.' },
    },
  },
  'dtls-setup-answer-actpass': {
    default: {
      condition: 'an answer with a=setup:actpass',
      chromium: {
        verdict: 'rejects',
        error: 'Answerer must use either active or passive value for setup attribute.',
        source: 'libwebrtc pc/jsep_transport.cc NegotiateDtlsRole',
      },
      firefox: {
        verdict: 'rejects',
        error: 'Invalid answer, illegal setup attribute "actpass"',
        source: 'Firefox dom/media/webrtc/sdp/SdpHelper.cpp ValidateTransportAttributes',
      },
    },
  },
  'dtls-setup-holdconn': {
    default: {
      condition: 'a=setup:holdconn on a DTLS transport',
      chromium: {
        verdict: 'depends',
        source: 'libwebrtc pc/jsep_transport.cc NegotiateDtlsRole; p2p/base/transport_description_factory.cc CreateAnswer',
        note: 'A remote offer is applied, but createAnswer then fails (an answer: see its own case).',
      },
      firefox: {
        verdict: 'rejects',
        error: 'illegal setup attribute "holdconn"',
        source: 'Firefox dom/media/webrtc/sdp/SdpHelper.cpp ValidateTransportAttributes',
      },
    },
    answer: {
      condition: 'a=setup:holdconn in an answer',
      chromium: {
        verdict: 'rejects',
        error: 'Answerer must use either active or passive value for setup attribute.',
        source: 'libwebrtc pc/jsep_transport.cc NegotiateDtlsRole',
      },
      firefox: {
        verdict: 'rejects',
        error: 'illegal setup attribute "holdconn"',
        source: 'Firefox dom/media/webrtc/sdp/SdpHelper.cpp ValidateTransportAttributes',
      },
    },
  },
  'dtls-setup-same-role': {
    default: {
      condition: 'offer and answer take the same DTLS role',
      chromium: {
        verdict: 'rejects',
        call: 'setLocalDescription',
        error: 'Answerer must be passive when offerer is active',
        source: 'libwebrtc pc/jsep_transport.cc NegotiateDtlsRole',
        note: 'Checked when both descriptions are applied: a local answer repeating the remote offer\'s role fails setLocalDescription ("… passive when offerer is active" / "… active when offerer is passive"); a local offer that was not actpass fails the remote answer with "Offerer must use actpass value for setup attribute.".',
      },
      firefox: {
        verdict: 'accepts',
        source: 'Firefox dom/media/webrtc/jsep/JsepSessionImpl.cpp FinalizeTransport',
        note: 'The role is taken from the answer alone; both ends then wait for or start the same handshake role and DTLS never completes.',
      },
    },
  },

  // ── RTP payloads: formats, rtpmap, fmtp, rtcp-fb, protocols ───────────
  'media-protocol-unknown': {
    'rtp-proto': {
      condition: 'an audio or video m= line whose protocol is not an RTP profile',
      chromium: { verdict: 'rejects', error: 'Unsupported protocol for media type', source: 'libwebrtc pc/webrtc_sdp.cc ParseMediaDescription; pc/media_protocol_names.cc IsRtpProtocol' },
      firefox: {
        verdict: 'rejects',
        error: 'transport',
        source: 'Firefox third_party/sipcc/sdp_token.c sdp_parse_media; dom/media/webrtc/sdp/SipccSdpMediaSection.cpp LoadProtocol',
        note: 'A protocol missing from sipcc\'s table fails the m= line ("Invalid port format … specified for transport protocol …"); one the table has but WebRTC does not use fails as "Unsupported media transport type".',
      },
    },
    'rtp-avpf': {
      condition: 'an audio or video m= line with RTP/AVPF',
      chromium: { verdict: 'accepts', source: 'libwebrtc pc/media_protocol_names.cc IsPlainRtp', note: 'A plain RTP profile JSEP keeps; DTLS is still required.' },
      firefox: {
        verdict: 'rejects',
        error: 'specified for transport protocol (RTP/AVPF)',
        source: 'Firefox third_party/sipcc/sdp_token.c sdp_parse_media',
        note: 'Recorded: sipcc\'s transport table has no RTP/AVPF, so the m= line fails ("Invalid port format (9) specified for transport protocol (RTP/AVPF)").',
      },
    },
    'data-proto': {
      condition: 'an m= line with an SCTP protocol other than UDP/DTLS/SCTP, TCP/DTLS/SCTP, DTLS/SCTP',
      chromium: { verdict: 'depends', source: 'libwebrtc pc/webrtc_sdp.cc ParseMediaDescription', note: 'An application section becomes an unsupported one that the answer rejects.' },
      firefox: { verdict: 'rejects', error: 'transport', source: 'Firefox third_party/sipcc/sdp_token.c sdp_parse_media; dom/media/webrtc/sdp/SipccSdpMediaSection.cpp LoadProtocol' },
    },
    'unknown-proto': {
      condition: 'a non-audio/video m= line with a protocol no browser takes',
      chromium: { verdict: 'depends', source: 'libwebrtc pc/webrtc_sdp.cc ParseMediaDescription; pc/media_session.cc IsMediaProtocolSupported', note: 'The section is read as unsupported and rejected in the answer.' },
      firefox: { verdict: 'rejects', error: 'transport', source: 'Firefox third_party/sipcc/sdp_token.c sdp_parse_media; dom/media/webrtc/sdp/SipccSdpMediaSection.cpp LoadProtocol' },
    },
  },
  'rtpmap-missing': {
    'with-fmtp-or-rtcp-fb': {
      condition: 'a dynamic payload type with no a=rtpmap that an a=fmtp or a=rtcp-fb names',
      chromium: {
        verdict: 'rejects',
        error: 'Failed to parse codecs correctly.',
        source: 'libwebrtc pc/webrtc_sdp.cc ParseContent',
        note: 'The a=fmtp or a=rtcp-fb line makes a codec without a name, which fails the parse.',
      },
      firefox: {
        verdict: 'accepts',
        source: 'Firefox dom/media/webrtc/sdp/SipccSdpAttributeList.cpp LoadRtpmap',
        note: 'Recorded as a non-fatal parse error ("No rtpmap attribute for payload type"); the format is not negotiated.',
      },
    },
    default: {
      condition: 'a dynamic payload type with no a=rtpmap',
      chromium: {
        verdict: 'depends',
        source: 'libwebrtc pc/webrtc_sdp.cc ParseContent',
        note: 'Without an rtpmap no codec is created and the format is ignored; if an a=fmtp or a=rtcp-fb names the payload type, the codec has no name and the parse fails with "Failed to parse codecs correctly.".',
      },
      firefox: {
        verdict: 'accepts',
        source: 'Firefox dom/media/webrtc/sdp/SipccSdpAttributeList.cpp LoadRtpmap',
        note: 'Recorded as a non-fatal parse error ("No rtpmap attribute for payload type"); the format is not negotiated.',
      },
    },
  },
  'rtpmap-unlisted-payload-type': {
    default: {
      condition: 'an a=rtpmap for a payload type not on the m= line',
      chromium: { verdict: 'accepts', source: 'libwebrtc pc/webrtc_sdp.cc ParseRtpmapAttribute', note: 'The line is ignored (logged).' },
      firefox: { verdict: 'accepts', source: 'Firefox dom/media/webrtc/jsep/JsepTrack.cpp', note: 'Codecs are built from the m= line formats; the extra rtpmap is unused. Unverified.' },
    },
  },
  'fmtp-unlisted-payload-type': {
    default: {
      condition: 'an a=fmtp for a format not on the m= line',
      chromium: {
        verdict: 'rejects',
        error: 'Failed to parse codecs correctly.',
        source: 'libwebrtc pc/webrtc_sdp.cc ParseFmtpAttributes, ParseContent',
        note: 'The fmtp creates a codec without a name (its rtpmap, if any, was ignored as unlisted), which fails the final codec check.',
      },
      firefox: { verdict: 'accepts', source: 'Firefox dom/media/webrtc/sdp/SipccSdpAttributeList.cpp LoadFmtp', note: 'The fmtp is stored and never matched.' },
    },
  },
  'rtcp-fb-unlisted-payload-type': {
    default: {
      condition: 'an a=rtcp-fb for a payload type not on the m= line',
      chromium: {
        verdict: 'rejects',
        error: 'Failed to parse codecs correctly.',
        source: 'libwebrtc pc/webrtc_sdp.cc ParseRtcpFbAttribute, ParseContent',
        note: 'As for fmtp: the feedback line creates a nameless codec.',
      },
      firefox: { verdict: 'accepts', source: 'Firefox dom/media/webrtc/sdp/SipccSdpAttributeList.cpp LoadRtcpFb', note: 'Stored and never matched.' },
    },
  },
  'payload-type-duplicate': {
    'm-line': {
      condition: 'a payload type listed twice on one m= line',
      chromium: { verdict: 'accepts', source: 'libwebrtc pc/webrtc_sdp.cc ParseMediaDescription', note: 'Unverified: the format list is not checked for repeats; the codec is created once.' },
      firefox: { verdict: 'accepts', source: 'Firefox dom/media/webrtc/sdp/SipccSdpMediaSection.cpp LoadFormats', note: 'Unverified.' },
    },
    rtpmap: {
      condition: 'a second a=rtpmap with the same codec for one payload type',
      chromium: { verdict: 'accepts', source: 'libwebrtc pc/webrtc_sdp.cc ParseRtpmapAttribute', note: 'Only a different name or clock rate is an error.' },
      firefox: { verdict: 'accepts', source: 'Firefox dom/media/webrtc/sdp/SipccSdpAttributeList.cpp LoadRtpmap', note: 'Unverified.' },
    },
  },
  'rtpmap-conflict': {
    default: {
      condition: 'one payload type mapped to two different codecs in a section',
      chromium: {
        verdict: 'rejects',
        error: 'payload type with conflicting codec name or clock rate.',
        source: 'libwebrtc pc/webrtc_sdp.cc ParseRtpmapAttribute',
        note: 'The full message starts "Duplicate " (plus "statically assigned" below 35). Audio compares the name only.',
      },
      firefox: { verdict: 'accepts', source: 'Firefox dom/media/webrtc/sdp/SipccSdpAttributeList.cpp LoadRtpmap', note: 'Both entries are loaded; which one is used is unverified.' },
    },
  },
  'rtx-apt-unknown': {
    'no-apt': {
      condition: 'an rtx payload type without an apt parameter',
      chromium: {
        verdict: 'rejects',
        error: 'Failed to set remote video description send parameters',
        source: 'libwebrtc media/engine/webrtc_video_engine.cc MapCodecs; pc/channel.cc VideoChannel::SetRemoteContent_w',
        note: 'MapCodecs refuses the whole codec list when an RTX codec has no valid apt, so applying the remote section fails ("… for m-section with mid=\'x\'."). Video only; from the source, not recorded by test/oracle.',
      },
      firefox: { verdict: 'accepts', source: 'Firefox dom/media/webrtc/jsep/JsepCodecDescription.h', note: 'Unverified: the RTX format is not negotiated.' },
    },
    'apt-unlisted': {
      condition: 'an rtx apt naming a payload type not on the m= line',
      chromium: {
        verdict: 'rejects',
        error: 'Failed to set remote video description send parameters',
        source: 'libwebrtc media/engine/webrtc_video_engine.cc MapCodecs; pc/channel.cc VideoChannel::SetRemoteContent_w',
        note: 'MapCodecs refuses an RTX codec whose apt is not one of the section\'s codecs.',
      },
      firefox: { verdict: 'accepts', source: 'Firefox dom/media/webrtc/jsep/JsepCodecDescription.h', note: 'Unverified.' },
    },
    'apt-self': {
      condition: 'an rtx apt naming the rtx payload type itself',
      chromium: {
        verdict: 'rejects',
        error: 'Failed to set remote video description send parameters',
        source: 'libwebrtc media/engine/webrtc_video_engine.cc MapCodecs',
        note: 'The associated codec must be a media codec (or RED), not RTX.',
      },
      firefox: { verdict: 'accepts', note: 'Unverified.' },
    },
  },
  'payload-type-rtcp-conflict': {
    default: {
      condition: 'a payload type 64–95 in a section with a=rtcp-mux',
      chromium: {
        verdict: 'rejects',
        error: 'used an invalid payload type',
        source: 'libwebrtc pc/sdp_offer_answer.cc ValidatePayloadTypes; pc/used_ids.h UsedPayloadTypes::IsIdValid',
        note: 'Only payload types that became codecs count (an unmapped 64–95 format is ignored).',
      },
      firefox: {
        verdict: 'rejects',
        error: 'Illegal audio/video payload type',
        source: 'Firefox dom/media/webrtc/jsep/JsepSessionImpl.cpp ParseSdp, GetForbiddenSdpPayloadTypes',
      },
    },
  },
  'payload-type-reserved': {
    'reserved-static': {
      condition: 'payload type 1, 2 or 19 in an audio or video section',
      chromium: { verdict: 'accepts', source: 'libwebrtc pc/webrtc_sdp.cc ParseMediaDescription; pc/used_ids.h UsedPayloadTypes::IsIdValid', note: 'Any 0–127 outside 64–95 is valid.' },
      firefox: {
        verdict: 'rejects',
        error: 'Illegal audio/video payload type',
        source: 'Firefox dom/media/webrtc/jsep/JsepSessionImpl.cpp ParseSdp, GetForbiddenSdpPayloadTypes',
      },
    },
    'rtcp-range': {
      condition: 'payload type 64–95 in an audio or video section',
      chromium: {
        verdict: 'depends',
        source: 'libwebrtc pc/sdp_offer_answer.cc ValidatePayloadTypes',
        note: 'Refused only with a=rtcp-mux and only when the payload type has an rtpmap ("used an invalid payload type").',
      },
      firefox: {
        verdict: 'rejects',
        error: 'Illegal audio/video payload type',
        source: 'Firefox dom/media/webrtc/jsep/JsepSessionImpl.cpp ParseSdp, GetForbiddenSdpPayloadTypes',
        note: 'With or without rtcp-mux.',
      },
    },
  },

  // ── Header extensions: a=extmap ───────────────────────────────────────
  'extmap-id-two-byte': {
    default: {
      condition: 'an a=extmap id from 15 to 255 (two-byte header form)',
      chromium: {
        verdict: 'accepts',
        source: 'libwebrtc media/engine/webrtc_media_engine.cc ValidateRtpExtensions; api/rtp_parameters.h RtpExtension::kMaxId',
        note: 'Ids up to 255 are valid, with or without a=extmap-allow-mixed.',
      },
      firefox: {
        verdict: 'rejects',
        error: 'Description contains invalid extension id',
        source: 'Firefox dom/media/webrtc/jsep/JsepSessionImpl.cpp ParseSdp',
        note: 'Only 1–14, even with a=extmap-allow-mixed, in the source read; a Firefox with two-byte header extension support would accept 15–255.',
      },
    },
  },
  'extmap-id-range': {
    'two-byte-without-allow-mixed': {
      condition: 'an a=extmap id from 15 to 255 without a=extmap-allow-mixed',
      chromium: {
        verdict: 'accepts',
        source: 'libwebrtc media/engine/webrtc_media_engine.cc ValidateRtpExtensions; api/rtp_parameters.h RtpExtension::kMaxId',
        note: 'Ids up to 255 are valid; without extmap-allow-mixed the sender uses the two-byte form for the whole packet.',
      },
      firefox: {
        verdict: 'rejects',
        error: 'Description contains invalid extension id',
        source: 'Firefox dom/media/webrtc/jsep/JsepSessionImpl.cpp ParseSdp',
        note: 'Firefox takes only ids 1–14, with or without a=extmap-allow-mixed.',
      },
    },
    'answer-offer-only': {
      condition: 'an offer-only id (4096–4351) in an answer',
      chromium: {
        verdict: 'rejects',
        error: 'Extension ID is not in valid range.',
        source: 'libwebrtc pc/webrtc_sdp.cc ParseExtmap',
        note: 'Recent libwebrtc checks the id range while parsing (1–255); the late-2024 source read only refused such ids when applying the section.',
      },
      firefox: {
        verdict: 'rejects',
        error: 'Description contains invalid extension id',
        source: 'Firefox dom/media/webrtc/jsep/JsepSessionImpl.cpp ParseSdp, ValidateAnswer',
        note: 'ValidateAnswer would also say "Answer used an invalid id".',
      },
    },
    'offer-only': {
      condition: 'an offer-only id (4096–4351) in an offer or a description of unknown type',
      chromium: {
        verdict: 'rejects',
        error: 'Extension ID is not in valid range.',
        source: 'libwebrtc pc/webrtc_sdp.cc ParseExtmap',
        note: 'The parser takes ids 1–255 only; RFC 8285 §5\'s offer-only range is not implemented.',
      },
      firefox: {
        verdict: 'rejects',
        error: 'Description contains invalid extension id',
        source: 'Firefox dom/media/webrtc/jsep/JsepSessionImpl.cpp ParseSdp',
        note: 'Firefox allows 1–14 only.',
      },
    },
  },
  'extmap-id-duplicate': {
    'same-uri': {
      condition: 'one a=extmap id declared twice for the same URI in a section',
      chromium: { verdict: 'accepts', source: 'libwebrtc media/engine/webrtc_media_engine.cc FilterRtpExtensions', note: 'Unverified: repeated URIs are filtered before validation.' },
      firefox: {
        verdict: 'rejects',
        error: 'Description contains duplicate extension id',
        source: 'Firefox dom/media/webrtc/jsep/JsepSessionImpl.cpp ParseSdp',
      },
    },
    'different-uri-bundled': {
      condition: 'one a=extmap id used for two URIs in a section of a BUNDLE group',
      chromium: {
        verdict: 'rejects',
        error: 'codec collision for header extension id=',
        source: 'libwebrtc pc/sdp_offer_answer.cc ValidateBundledRtpHeaderExtensions, FindDuplicateHeaderExtensionIds',
        note: 'Full message: "A BUNDLE group contains a codec collision for header extension id=N. The id must be the same across all bundled media descriptions"; the section\'s own lines are compared too, before unknown URIs are dropped.',
      },
      firefox: {
        verdict: 'rejects',
        error: 'Description contains duplicate extension id',
        source: 'Firefox dom/media/webrtc/jsep/JsepSessionImpl.cpp ParseSdp',
      },
    },
    'different-uri': {
      condition: 'one a=extmap id used for two URIs in a section outside BUNDLE',
      chromium: {
        verdict: 'rejects',
        error: 'Duplicate extension ID',
        source: 'libwebrtc (Chromium 156, recorded by test/oracle; the check is newer than the sources read)',
        note: 'Full message: "Duplicate extension ID: {uri: …, id: N} (mid=x)".',
      },
      firefox: {
        verdict: 'rejects',
        error: 'Description contains duplicate extension id',
        source: 'Firefox dom/media/webrtc/jsep/JsepSessionImpl.cpp ParseSdp',
      },
    },
  },
  'extmap-mixed-levels': {
    default: {
      condition: 'a=extmap at session level and in an RTP section too',
      chromium: {
        verdict: 'rejects',
        error: 'The a=extmap MUST be either all session level or all media level.',
        source: 'libwebrtc pc/webrtc_sdp.cc ParseMediaDescription',
      },
      firefox: {
        verdict: 'accepts',
        source: 'Firefox dom/media/webrtc/sdp/SipccSdpAttributeList.cpp LoadExtmap',
        note: 'Only a non-fatal parse warning ("extmap attributes in both session and media level").',
      },
    },
  },
  'bundle-extmap-id-conflict': {
    default: {
      condition: 'one extmap id with different URIs in one BUNDLE group',
      chromium: {
        verdict: 'rejects',
        error: 'A BUNDLE group contains a codec collision for header extension id=',
        source: 'libwebrtc pc/sdp_offer_answer.cc ValidateBundledRtpHeaderExtensions',
      },
      firefox: { verdict: 'accepts', source: 'Firefox dom/media/webrtc/jsep/JsepSessionImpl.cpp', note: 'No BUNDLE-wide extmap check found (a source comment leaves it to a future bug).' },
    },
  },
  'bundle-extmap-uri-ids-differ': {
    default: {
      condition: 'one extension URI with different ids in one BUNDLE group',
      chromium: { verdict: 'accepts', source: 'libwebrtc pc/sdp_offer_answer.cc ValidateBundledRtpHeaderExtensions', note: 'Only one id naming two URIs is checked.' },
      firefox: { verdict: 'accepts', source: 'Firefox dom/media/webrtc/jsep/JsepSessionImpl.cpp' },
    },
  },
  'answer-extmap-mismatch': {
    'uri-not-offered': {
      condition: 'an answer a=extmap whose URI the offer section did not offer',
      chromium: { verdict: 'accepts', source: 'libwebrtc pc/media_session.cc', note: 'Extensions of a remote answer are used as given.' },
      firefox: {
        verdict: 'rejects',
        error: 'that was not present in offer.',
        source: 'Firefox dom/media/webrtc/jsep/JsepSessionImpl.cpp ValidateAnswer',
        note: 'Full message: "Answer has extmap <uri> at level N that was not present in offer."; an answer with extmaps where the offer had none: "Answer adds extmap attributes to level N".',
      },
    },
    'id-changed': {
      condition: 'an answer a=extmap id that differs from the offered one',
      chromium: { verdict: 'accepts', source: 'libwebrtc media/engine/webrtc_media_engine.cc ValidateRtpExtensions', note: 'The answer\'s ids are used as given; a later renegotiation that remaps an id is refused.' },
      firefox: {
        verdict: 'rejects',
        error: 'Answer changed id for extmap attribute',
        source: 'Firefox dom/media/webrtc/jsep/JsepSessionImpl.cpp ValidateAnswer',
        note: 'Only for offered ids below 4096; an answer id of 4096 or more: "Answer used an invalid id".',
      },
    },
  },

  // ── BUNDLE and mid ────────────────────────────────────────────────────
  'bundle-payload-type-conflict': {
    default: {
      condition: 'one payload type with different codecs in one BUNDLE group',
      chromium: {
        verdict: 'accepts',
        source: 'libwebrtc pc/sdp_offer_answer.cc ValidateBundledPayloadTypes (ValidateSessionDescription)',
        note: 'The check runs but its result only feeds a histogram (libwebrtc of 2024); newer Chromium may refuse with "A BUNDLE group contains a codec collision for payload_type=".',
      },
      firefox: { verdict: 'accepts', source: 'Firefox dom/media/webrtc/jsep/JsepTrack.cpp SetUniqueReceivePayloadTypes', note: 'The payload type is just not used for demultiplexing.' },
    },
  },
  'bundle-without-rtcp-mux': {
    default: {
      condition: 'an RTP section in a BUNDLE group without a=rtcp-mux',
      chromium: {
        verdict: 'rejects',
        error: 'rtcp-mux must be enabled when BUNDLE is enabled.',
        source: 'libwebrtc pc/peer_connection.cc ValidateBundleSettings (pc/sdp_offer_answer.cc ValidateSessionDescription)',
        note: 'Outside BUNDLE Chromium refuses them too under its default rtcpMuxPolicy "require": "The m= section with mid=\'x\' is invalid. RTCP-MUX is not enabled when it is required." (pc/jsep_transport_controller.cc ValidateContent); no sdpkit rule reports that case yet.',
      },
      firefox: {
        verdict: 'rejects',
        error: 'is missing a=rtcp-mux, which is required by rtcpMuxPolicy',
        source: 'Firefox dom/media/webrtc/jsep (rtcpMuxPolicy check; recorded by test/oracle, not found in the gecko sources read)',
        note: 'Full message: "m-section at level N is missing a=rtcp-mux, which is required by rtcpMuxPolicy"; any enabled RTP section, bundled or not.',
      },
    },
    'bundle-only': {
      condition: 'an a=bundle-only section without a=rtcp-mux',
      chromium: { verdict: 'accepts', source: 'libwebrtc pc/peer_connection.cc ValidateBundleSettings', note: 'bundle-only sections (port 0) are skipped by the rtcp-mux check; they use the BUNDLE transport.' },
      firefox: {
        verdict: 'rejects',
        error: 'is missing a=rtcp-mux, which is required by rtcpMuxPolicy',
        source: 'Firefox dom/media/webrtc/jsep (rtcpMuxPolicy check; recorded by test/oracle)',
        note: 'A bundle-only section is enabled (SdpHelper::MsectionIsDisabled), so the policy applies to it.',
      },
    },
  },
  'bundle-mid-duplicate': {
    default: {
      condition: 'a mid named twice in BUNDLE groups (in one group or in two)',
      chromium: {
        verdict: 'rejects',
        error: 'that is already in a BUNDLE group.',
        source: 'libwebrtc pc/jsep_transport_controller.cc ValidateAndMaybeUpdateBundleGroups',
        note: 'Full message: "A BUNDLE group contains a MID=\'x\' that is already in a BUNDLE group.".',
      },
      firefox: {
        verdict: 'rejects',
        error: 'appears more than once in a BUNDLE group',
        source: 'Firefox dom/media/webrtc/sdp/SdpHelper.cpp GetBundledMids',
        note: 'Full message: "mid \'x\' appears more than once in a BUNDLE group".',
      },
    },
  },
  'simulcast-rid-extension-missing': {
    default: {
      condition: 'a section with a=simulcast and no a=extmap for the RID header extension',
      chromium: {
        verdict: 'rejects',
        error: 'negotiates simulcast but does not negotiate the RID RTP header extension.',
        source: 'libwebrtc pc/sdp_offer_answer.cc ValidateRtpHeaderExtensionsForSpecSimulcast',
        note: 'Full message: "The media section with MID=\'x\' negotiates simulcast but does not negotiate the RID RTP header extension.".',
      },
      firefox: { verdict: 'accepts', source: 'Firefox dom/media/webrtc/jsep/JsepTrack.cpp', note: 'Taken by the set call (recorded by test/oracle).' },
    },
  },
  'rtcp-mux-missing': {
    default: {
      condition: 'an RTP section with a port, in no BUNDLE group, without a=rtcp-mux',
      chromium: {
        verdict: 'rejects',
        error: 'RTCP-MUX is not enabled when it is required.',
        source: 'libwebrtc pc/jsep_transport_controller.cc ValidateContent',
        note: 'Full message: "The m= section with mid=\'x\' is invalid. RTCP-MUX is not enabled when it is required."; checked when the description is applied, after the fingerprint and ICE checks.',
      },
      firefox: {
        verdict: 'rejects',
        error: 'is missing a=rtcp-mux, which is required by rtcpMuxPolicy',
        source: 'Firefox dom/media/webrtc/jsep (rtcpMuxPolicy check; recorded by test/oracle)',
        note: 'Checked after the transport attributes (a missing a=ice-ufrag is reported first).',
      },
    },
    'bundle-only': {
      condition: 'an a=bundle-only section in no BUNDLE group without a=rtcp-mux',
      chromium: { verdict: 'accepts', source: 'libwebrtc pc/jsep_transport_controller.cc ValidateContent', note: 'bundle-only contents are skipped.' },
      firefox: {
        verdict: 'rejects',
        error: 'is missing a=rtcp-mux, which is required by rtcpMuxPolicy',
        source: 'Firefox dom/media/webrtc/jsep (rtcpMuxPolicy check; recorded by test/oracle)',
      },
    },
  },
  'bundle-only-without-bundle': {
    default: {
      condition: 'an a=bundle-only section whose mid is in no BUNDLE group',
      chromium: {
        verdict: 'accepts',
        source: 'libwebrtc pc/webrtc_sdp.cc ParseMediaDescription',
        note: 'With port 0 the section counts as bundle-only, not rejected, but has no transport to share; unverified what happens next.',
      },
      firefox: {
        verdict: 'depends',
        source: 'Firefox dom/media/webrtc/sdp/SdpHelper.cpp MsectionIsDisabled, OwnsTransport',
        note: 'The section is enabled and owns its transport, so it needs its own ICE credentials and fingerprint; unverified.',
      },
    },
  },
  'group-unknown-mid': {
    'bundle-tag': {
      condition: 'the first mid of a BUNDLE group (its tag) is one no section has',
      chromium: {
        verdict: 'rejects',
        error: 'matching no m= section.',
        source: 'libwebrtc pc/jsep_transport_controller.cc ValidateAndMaybeUpdateBundleGroups',
        note: 'Full message: "A BUNDLE group contains a MID=\'x\' matching no m= section.".',
      },
      firefox: {
        verdict: 'rejects',
        error: 'mid specified for bundle transport in group attribute does not exist in the SDP.',
        source: 'Firefox dom/media/webrtc/sdp/SdpHelper.cpp GetBundledMids (from ValidateTransportAttributes)',
      },
    },
    bundle: {
      condition: 'a BUNDLE group names a mid no section has (not its first)',
      chromium: {
        verdict: 'rejects',
        error: 'matching no m= section.',
        source: 'libwebrtc pc/jsep_transport_controller.cc ValidateAndMaybeUpdateBundleGroups; pc/sdp_offer_answer.cc ValidateBundledRtpHeaderExtensions',
        note: 'Full message: "A BUNDLE group contains a MID=\'x\' matching no m= section.".',
      },
      firefox: {
        verdict: 'depends',
        source: 'Firefox dom/media/webrtc/sdp/SdpHelper.cpp GetBundledMids; dom/media/webrtc/jsep/JsepSessionImpl.cpp HandleNegotiatedSession',
        note: 'An unknown mid after the BUNDLE tag is ignored in an offer and fails in an answer ("No transceiver for bundled mid").',
      },
    },
    'bundle-not-last-mid': {
      condition: 'a BUNDLE group names a mid that only an earlier a=mid line of a section with two has',
      chromium: {
        verdict: 'rejects',
        error: 'matching no m= section.',
        source: 'libwebrtc pc/webrtc_sdp.cc ParseContent (a later a=mid overwrites an earlier one); pc/jsep_transport_controller.cc ValidateAndMaybeUpdateBundleGroups',
      },
      firefox: { verdict: 'accepts', source: 'Firefox third_party/sipcc/sdp_attr_access.c (the first instance of a single-valued attribute is read)' },
    },
    other: {
      condition: 'a non-BUNDLE group (LS, FID, …) names a mid no section has',
      chromium: { verdict: 'accepts', source: 'libwebrtc pc/webrtc_sdp.cc ParseGroupAttribute', note: 'Only BUNDLE groups are validated.' },
      firefox: { verdict: 'accepts', source: 'Firefox dom/media/webrtc/sdp/SipccSdpAttributeList.cpp LoadGroups' },
    },
  },
  'mid-duplicate': {
    default: {
      condition: 'two sections with the same mid',
      chromium: {
        verdict: 'rejects',
        error: 'Duplicate a=mid value',
        source: 'libwebrtc pc/sdp_offer_answer.cc ValidateMids',
      },
      firefox: {
        verdict: 'accepts',
        source: 'Firefox dom/media/webrtc/jsep/JsepSessionImpl.cpp UpdateTransceiversFromRemoteDescription',
        note: 'Unsure: no duplicate-mid check was found in JsepSessionImpl or SdpHelper; the oracle decides.',
      },
    },
  },
  'mid-too-long': {
    default: {
      condition: 'a mid longer than 16 characters',
      chromium: {
        verdict: 'rejects',
        error: 'The MID attribute exceeds the maximum supported length of 16 characters.',
        source: 'libwebrtc pc/sdp_offer_answer.cc ValidateMids',
      },
      firefox: {
        verdict: 'rejects',
        error: 'Invalid description, mid length greater than 16',
        source: 'Firefox dom/media/webrtc/jsep/JsepSessionImpl.cpp ParseSdp',
      },
    },
  },
  'answer-bundle-not-subset': {
    'no-offer-group': {
      condition: 'the answer has a BUNDLE group but the offer has none',
      chromium: {
        verdict: 'rejects',
        error: 'A BUNDLE group was added in the answer that did not exist in the offer.',
        source: 'libwebrtc pc/jsep_transport_controller.cc ValidateAndMaybeUpdateBundleGroups',
      },
      firefox: { verdict: 'accepts', source: 'Firefox dom/media/webrtc/jsep/JsepSessionImpl.cpp ValidateAnswer, HandleNegotiatedSession', note: 'No subset check found; the answer\'s groups decide the transports. Unverified.' },
    },
    'mid-added': {
      condition: 'the answer BUNDLE group adds a mid the offered group did not have',
      chromium: {
        verdict: 'rejects',
        error: 'that was not in the offered group.',
        source: 'libwebrtc pc/jsep_transport_controller.cc ValidateAndMaybeUpdateBundleGroups',
        note: 'Full message: "A BUNDLE group in answer contains a MID=\'x\' that was not in the offered group.".',
      },
      firefox: { verdict: 'accepts', source: 'Firefox dom/media/webrtc/jsep/JsepSessionImpl.cpp HandleNegotiatedSession', note: 'Unverified: the offer\'s section has a transceiver, so bundling it is taken.' },
    },
    'mid-unknown': {
      condition: 'the answer BUNDLE group names a mid no offered section has',
      chromium: {
        verdict: 'rejects',
        error: 'matching no m= section.',
        source: 'libwebrtc pc/jsep_transport_controller.cc ValidateAndMaybeUpdateBundleGroups; pc/sdp_offer_answer.cc MediaSectionsInSameOrder',
        note: 'Full message: "A BUNDLE group contains a MID=\'x\' matching no m= section."; when an answer section was renamed to the mid, "The order of m-lines in answer doesn\'t match order in offer." comes first.',
      },
      firefox: {
        verdict: 'rejects',
        error: 'No transceiver for bundled mid',
        source: 'Firefox dom/media/webrtc/jsep/JsepSessionImpl.cpp HandleNegotiatedSession',
        note: 'After ValidateAnswer: a renamed answer section fails first with "Answer changes mid for level".',
      },
    },
  },

  'answer-bundle-rejected-mid': {
    tag: {
      condition: 'the first mid of an answer BUNDLE group is a section the answer rejects',
      chromium: { verdict: 'accepts', source: 'libwebrtc pc/jsep_transport_controller.cc', note: 'Seen with every section rejected: the answer is applied.' },
      firefox: {
        verdict: 'rejects',
        error: 'points at a disabled m-section.',
        source: 'Firefox dom/media/webrtc/sdp/SdpHelper.cpp GetBundledMids (from JsepSessionImpl::HandleNegotiatedSession)',
        note: 'Full message: "mid specified for bundle transport in group attribute points at a disabled m-section. (mid=x)".',
      },
    },
    other: {
      condition: 'a later mid of an answer BUNDLE group is a section the answer rejects',
      chromium: { verdict: 'accepts', source: 'libwebrtc pc/jsep_transport_controller.cc' },
      firefox: { verdict: 'accepts', source: 'Firefox dom/media/webrtc/sdp/SdpHelper.cpp GetBundledMids', note: 'Only the first mid is checked; rejected sections are skipped in negotiation.' },
    },
  },

  // ── Simulcast and rid ─────────────────────────────────────────────────
  'simulcast-rid-undeclared': {
    default: {
      condition: 'a=simulcast lists a rid no a=rid line of that direction declares',
      chromium: { verdict: 'accepts', source: 'libwebrtc pc/webrtc_sdp.cc RemoveInvalidRidsFromSimulcast', note: 'The undeclared rid is dropped from the simulcast list.' },
      firefox: {
        verdict: 'rejects',
        error: 'No rid attribute for',
        source: 'Firefox dom/media/webrtc/sdp/SipccSdpMediaSection.cpp ValidateSimulcastVersions',
      },
    },
  },
  'rid-payload-type-unlisted': {
    default: {
      condition: 'an a=rid pt= list names a payload type not on the m= line',
      chromium: { verdict: 'accepts', source: 'libwebrtc pc/webrtc_sdp.cc RemoveInvalidRidDescriptions', note: 'The inconsistent rid is removed (and with it its simulcast layer).' },
      firefox: { verdict: 'accepts', source: 'Firefox dom/media/webrtc/sdp/SipccSdpAttributeList.cpp', note: 'Taken by the set call (recorded by test/oracle).' },
    },
  },

  // ── Tracks: msid and ssrc ─────────────────────────────────────────────
  'msid-malformed': {
    'id-syntax': {
      condition: 'an msid stream or track id that is not 1–64 token characters',
      chromium: { verdict: 'accepts', source: 'libwebrtc pc/webrtc_sdp.cc ParseMsidAttribute', note: 'Ids are taken verbatim; an empty stream id fails ("Missing stream ID in msid attribute.").' },
      firefox: { verdict: 'accepts', source: 'Firefox dom/media/webrtc/sdp/SipccSdpAttributeList.cpp LoadMsids', note: 'An msid sipcc cannot read is dropped with a warning.' },
    },
    'ssrc-msid-fields': {
      condition: 'an a=ssrc … msid: with more than two fields',
      chromium: {
        verdict: 'rejects',
        error: 'Expected format "msid:<identifier>[ <appdata>]".',
        source: 'libwebrtc pc/webrtc_sdp.cc ParseSsrcAttribute',
      },
      firefox: { verdict: 'accepts', source: 'Firefox dom/media/webrtc/sdp/SdpHelper.cpp ParseMsid', note: 'Firefox reads ssrc-level msid loosely.' },
    },
  },
  'ssrc-group-unknown-ssrc': {
    'video-secondary': {
      condition: 'a video FID or FEC-FR group whose first SSRC is described names a second SSRC no a=ssrc line describes',
      chromium: {
        verdict: 'rejects',
        error: 'Failed to add remote stream ssrc',
        source: 'libwebrtc pc/webrtc_sdp.cc ParseContent (the group joins the track of its first SSRC); media/engine/webrtc_video_engine.cc ValidateStreamParams; pc/channel.cc UpdateRemoteStreams_w',
        note: 'Full message: "Failed to add remote stream ssrc: <first SSRC> to {mid: x, media_type: video}".',
      },
      firefox: { verdict: 'accepts', source: 'Firefox dom/media/webrtc/sdp/SipccSdpAttributeList.cpp LoadSsrcGroup' },
    },
    default: {
      condition: 'an a=ssrc-group names an SSRC no a=ssrc line describes (other cases)',
      chromium: { verdict: 'accepts', source: 'libwebrtc pc/webrtc_sdp.cc ParseContent', note: 'A group is attached to the track holding its first SSRC, or dropped.' },
      firefox: { verdict: 'accepts', source: 'Firefox dom/media/webrtc/sdp/SipccSdpAttributeList.cpp LoadSsrcGroup' },
    },
  },
  'ssrc-group-size': {
    'fid-fec-fr': {
      condition: 'an FID or FEC-FR ssrc-group without exactly 2 SSRCs',
      chromium: {
        verdict: 'rejects',
        error: 'and an unexpected number of SSRCs.',
        source: 'libwebrtc pc/sdp_offer_answer.cc ValidateSsrcGroups',
        note: 'Full message: "The media section with MID=\'x\' has a ssrc-group with semantics FID and an unexpected number of SSRCs.". Only groups attached to a track count.',
      },
      firefox: { verdict: 'accepts', source: 'Firefox dom/media/webrtc/sdp/SipccSdpAttributeList.cpp LoadSsrcGroup' },
    },
    'sim-too-many': {
      condition: 'a SIM ssrc-group with more layers than libwebrtc supports',
      chromium: {
        verdict: 'rejects',
        error: 'and an unexpected number of SSRCs.',
        source: 'libwebrtc pc/sdp_offer_answer.cc ValidateSsrcGroups',
      },
      firefox: { verdict: 'accepts', source: 'Firefox dom/media/webrtc/sdp/SipccSdpAttributeList.cpp LoadSsrcGroup' },
    },
  },
  'plan-b-section': {
    'audio-ssrcs': {
      condition: 'an audio section whose a=ssrc lines describe more than one SSRC of one track',
      chromium: {
        verdict: 'rejects',
        error: 'Failed to add remote stream ssrc',
        source: 'libwebrtc pc/webrtc_sdp.cc CreateTracksFromSsrcInfos; media/engine/webrtc_voice_engine.cc ValidateStreamParams; pc/channel.cc UpdateRemoteStreams_w',
        note: 'With a=msid (or no msid at all) every SSRC of the section joins one track, and an audio receive stream takes exactly one SSRC: "Failed to add remote stream ssrc: <first SSRC> to {mid: x, media_type: audio}".',
      },
      firefox: { verdict: 'accepts', source: 'Firefox dom/media/webrtc/jsep/JsepTrack.cpp RecvTrackSetRemote', note: 'Unverified beyond the set call: the extra SSRC is not received.' },
    },
    'msid-tracks': {
      condition: 'two a=msid lines with different track ids in one section',
      chromium: {
        verdict: 'rejects',
        error: 'Two different track IDs in msid attribute in one m= section',
        source: 'libwebrtc pc/webrtc_sdp.cc ParseMsidAttribute',
      },
      firefox: { verdict: 'accepts', source: 'Firefox dom/media/webrtc/jsep/JsepTrack.cpp RecvTrackSetRemote', note: 'Unverified: the stream ids are collected, the extra track is not received.' },
    },
    'ssrc-tracks': {
      condition: 'a=ssrc msid lines naming several tracks in one section',
      chromium: {
        verdict: 'rejects',
        error: 'Media section has more than one track specified with a=ssrc lines which is not supported with Unified Plan.',
        source: 'libwebrtc pc/sdp_offer_answer.cc ValidateSessionDescription',
      },
      firefox: { verdict: 'accepts', source: 'Firefox dom/media/webrtc/sdp/SdpHelper.cpp GetMsids', note: 'Unverified: only one track per section is received.' },
    },
    'sim-groups': {
      condition: 'several SIM ssrc-groups in one section',
      chromium: {
        verdict: 'depends',
        source: 'libwebrtc pc/webrtc_sdp.cc CreateTracksFromSsrcInfos; pc/sdp_offer_answer.cc ValidateSessionDescription',
        note: 'Refused as above when the groups\' SSRCs carry different msid tracks; with one track (or none) they are accepted.',
      },
      firefox: { verdict: 'accepts', note: 'Unverified.' },
    },
    'fid-groups': {
      condition: 'several FID groups not tied by one SIM group',
      chromium: {
        verdict: 'depends',
        source: 'libwebrtc pc/webrtc_sdp.cc CreateTracksFromSsrcInfos; pc/sdp_offer_answer.cc ValidateSessionDescription',
        note: 'As for SIM groups: refused when they form several tracks.',
      },
      firefox: { verdict: 'accepts', note: 'Unverified.' },
    },
  },

  // ── Data channel: SCTP sections ───────────────────────────────────────
  'sctp-port-missing': {
    default: {
      condition: 'a UDP/DTLS/SCTP section without a=sctp-port',
      chromium: { verdict: 'accepts', source: 'libwebrtc pc/webrtc_sdp.cc ParseMediaDescription', note: 'The SCTP port defaults to 5000.' },
      firefox: { verdict: 'accepts', source: 'Firefox dom/media/webrtc/jsep/JsepSessionImpl.cpp', note: 'Unverified; the default port is 5000.' },
    },
    answer: {
      condition: 'an answer UDP/DTLS/SCTP section without a=sctp-port (or with port 0) and without a=sctpmap',
      chromium: { verdict: 'accepts', source: 'libwebrtc pc/webrtc_sdp.cc ParseMediaDescription', note: 'The SCTP port defaults to 5000.' },
      firefox: {
        verdict: 'rejects',
        error: 'Answer had no codecs in common with offer in m-section',
        source: 'Firefox dom/media/webrtc/jsep/JsepCodecDescription.h JsepApplicationCodecDescription::Matches',
        note: 'The webrtc-datachannel format matches only with a non-zero a=sctp-port (or an a=sctpmap).',
      },
    },
  },
  'sctpmap-legacy': {
    protocol: {
      condition: 'm=application … DTLS/SCTP 5000 (draft form)',
      chromium: { verdict: 'accepts', source: 'libwebrtc pc/webrtc_sdp.cc ParseMediaDescription', note: 'The format is read as the SCTP port.' },
      firefox: { verdict: 'accepts', source: 'Firefox dom/media/webrtc/sdp/SipccSdpMediaSection.cpp LoadFormats' },
    },
    sctpmap: {
      condition: 'a=sctpmap (draft form)',
      chromium: { verdict: 'accepts', source: 'libwebrtc pc/webrtc_sdp.cc ParseContent', note: 'a=sctpmap is ignored.' },
      firefox: { verdict: 'accepts', source: 'Firefox dom/media/webrtc/sdp/SipccSdpAttributeList.cpp LoadSctpmap' },
    },
  },
  'datachannel-format': {
    'legacy-dtls-sctp': {
      condition: 'the legacy `DTLS/SCTP 5000` m= line',
      chromium: { verdict: 'accepts', source: 'libwebrtc pc/webrtc_sdp.cc ParseMediaDescription' },
      firefox: { verdict: 'accepts', source: 'Firefox dom/media/webrtc/sdp/SipccSdpMediaSection.cpp LoadFormats' },
    },
    'not-webrtc-datachannel': {
      condition: 'an application m= line with UDP/DTLS/SCTP whose format is not webrtc-datachannel, without a=sctp-port',
      chromium: {
        verdict: 'accepts',
        source: 'libwebrtc pc/webrtc_sdp.cc ParseMediaDescription, ParseContent',
        note: 'The section is read in the legacy sctpmap mode.',
      },
      firefox: {
        verdict: 'rejects',
        error: 'No webrtc-datachannel token in m= media line',
        source: 'Firefox third_party/sipcc/sdp_token.c sdp_parse_media',
      },
    },
    'token-case': {
      condition: 'webrtc-datachannel in another letter case, without a=sctp-port',
      chromium: { verdict: 'accepts', source: 'libwebrtc pc/webrtc_sdp.cc ParseMediaDescription', note: 'Compared exactly, so the section is read in the legacy sctpmap mode.' },
      firefox: { verdict: 'accepts', source: 'Firefox third_party/sipcc/sdp_token.c sdp_parse_media', note: 'Compared without case.' },
    },
    'token-case-sctp-port': {
      condition: 'webrtc-datachannel in another letter case, with a=sctp-port',
      chromium: { verdict: 'rejects', error: "sctp-port attribute can't be used with sctpmap.", source: 'libwebrtc pc/webrtc_sdp.cc ParseMediaDescription, ParseContent' },
      firefox: { verdict: 'accepts', source: 'Firefox third_party/sipcc/sdp_token.c sdp_parse_media', note: 'Compared without case.' },
    },
    'not-webrtc-datachannel-sctp-port': {
      condition: 'an application m= line with UDP/DTLS/SCTP whose format is not webrtc-datachannel, with a=sctp-port',
      chromium: {
        verdict: 'rejects',
        error: "sctp-port attribute can't be used with sctpmap.",
        source: 'libwebrtc pc/webrtc_sdp.cc ParseMediaDescription, ParseContent',
        note: 'A format other than webrtc-datachannel puts the section in the legacy sctpmap mode, where a=sctp-port fails.',
      },
      firefox: {
        verdict: 'rejects',
        error: 'No webrtc-datachannel token in m= media line',
        source: 'Firefox third_party/sipcc/sdp_token.c sdp_parse_media',
      },
    },
  },

  // ── Offer/answer: the answer against its offer ────────────────────────
  'answer-media-count': {
    default: {
      condition: 'the answer has a different number of m-sections than the offer',
      chromium: {
        verdict: 'rejects',
        error: 'The order of m-lines in answer doesn\'t match order in offer. Rejecting answer.',
        source: 'libwebrtc pc/sdp_offer_answer.cc ValidateSessionDescription, MediaSectionsHaveSameCount',
      },
      firefox: {
        verdict: 'rejects',
        error: 'Offer and answer have different number of m-lines',
        source: 'Firefox dom/media/webrtc/jsep/JsepSessionImpl.cpp ValidateAnswer',
      },
    },
    'blank-line': {
      condition: 'an answer with a blank line before some of its m-sections',
      chromium: {
        verdict: 'rejects',
        error: 'Failed to parse SessionDescription.',
        source: 'libwebrtc pc/webrtc_sdp.cc SdpDeserialize',
        note: 'Chromium stops at the blank line with a parse error (line-syntax reports the line itself).',
      },
      firefox: {
        verdict: 'rejects',
        error: 'Offer and answer have different number of m-lines',
        source: 'Firefox third_party/sipcc/sdp_main.c sdp_parse; dom/media/webrtc/jsep/JsepSessionImpl.cpp ValidateAnswer',
        note: 'sipcc ends the description at the blank line without an error; the sections after it are missing.',
      },
    },
  },
  'answer-media-kind': {
    default: {
      condition: 'an answer section of another media kind than the offer\'s',
      chromium: {
        verdict: 'rejects',
        error: 'The order of m-lines in answer doesn\'t match order in offer. Rejecting answer.',
        source: 'libwebrtc pc/sdp_offer_answer.cc MediaSectionsInSameOrder',
      },
      firefox: {
        verdict: 'rejects',
        error: 'Answer and offer have different media types at m-line',
        source: 'Firefox dom/media/webrtc/jsep/JsepSessionImpl.cpp ValidateAnswer',
      },
    },
  },
  'answer-mid-mismatch': {
    changed: {
      condition: 'an answer section with another mid than the offer\'s',
      chromium: {
        verdict: 'rejects',
        error: 'The order of m-lines in answer doesn\'t match order in offer. Rejecting answer.',
        source: 'libwebrtc pc/sdp_offer_answer.cc MediaSectionsInSameOrder',
      },
      firefox: {
        verdict: 'rejects',
        error: 'Answer changes mid for level',
        source: 'Firefox dom/media/webrtc/jsep/JsepSessionImpl.cpp ValidateAnswer',
      },
    },
    missing: {
      condition: 'an answer section without the offer\'s mid',
      chromium: {
        verdict: 'accepts',
        source: 'libwebrtc pc/sdp_offer_answer.cc FillInMissingRemoteMids',
        note: 'A remote section without a=mid takes the mid of the local section at the same position (for legacy peers); "A media section is missing a MID attribute." (ValidateMids) is only for local descriptions.',
      },
      firefox: { verdict: 'accepts', source: 'Firefox dom/media/webrtc/jsep/JsepSessionImpl.cpp ValidateAnswer', note: 'The mid is compared only when both sections have one; the section is matched by position.' },
    },
    added: {
      condition: 'an answer section with a mid the offer\'s section lacked',
      chromium: { verdict: 'depends', source: 'libwebrtc pc/sdp_offer_answer.cc MediaSectionsInSameOrder', note: 'Browsers always offer mids, so this only arises with foreign offers.' },
      firefox: { verdict: 'accepts', source: 'Firefox dom/media/webrtc/jsep/JsepSessionImpl.cpp ValidateAnswer' },
    },
  },
  'answer-accepts-rejected': {
    default: {
      condition: 'the answer gives a non-zero port to a section the offer rejected',
      firefox: {
        verdict: 'rejects',
        error: 'Answer tried to enable an m-section that was disabled in the offer',
        source: 'Firefox dom/media/webrtc/jsep/JsepSessionImpl.cpp ValidateAnswer',
      },
    },
  },
  'answer-direction': {
    default: {
      condition: 'an answer direction the offered direction does not allow',
      chromium: { verdict: 'accepts', source: 'libwebrtc pc/sdp_offer_answer.cc', note: 'Unverified: no direction check was found; the answer direction is applied as given.' },
      firefox: {
        verdict: 'rejects',
        error: 'Answer tried to set',
        source: 'Firefox dom/media/webrtc/jsep/JsepSessionImpl.cpp ValidateAnswer',
        note: '"Answer tried to set recv when offer did not set send" or "… send when offer did not set recv".',
      },
    },
  },
  'answer-codec-not-offered': {
    default: {
      condition: 'an answer codec the offer section did not offer, next to offered ones',
      chromium: { verdict: 'accepts', source: 'libwebrtc pc/channel.cc', note: 'A remote answer\'s codecs are used for sending as long as libwebrtc implements them.' },
      firefox: { verdict: 'accepts', source: 'Firefox dom/media/webrtc/jsep/JsepSessionImpl.cpp MakeNegotiatedTransceiver', note: 'Codecs not offered are dropped.' },
    },
    'none-in-common': {
      condition: 'an answer section none of whose codecs the offer section offered',
      fatal: 'No codec in common: the section cannot carry media.',
      chromium: { verdict: 'accepts', source: 'libwebrtc media/engine/webrtc_voice_engine.cc WebRtcVoiceSendChannel::SetSendCodecs', note: 'Applied; with no codec in common nothing is sent.' },
      firefox: {
        verdict: 'rejects',
        error: 'Answer had no codecs in common with offer in m-section',
        source: 'Firefox dom/media/webrtc/jsep/JsepSessionImpl.cpp MakeNegotiatedTransceiver',
      },
    },
  },
};
