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
 *   parse is dropped with a warning (sdp_token.c sdp_parse_attribute), and a
 *   line that starts with no known `x=` token ends the parse silently, so the
 *   rest of the text is ignored (sdp_main.c sdp_parse).
 * - WebKit runs libwebrtc too; it is listed only where WebKit's own source
 *   was read, so it is absent here (unknown), not assumed equal to Chromium.
 */
export const knowledge: Readonly<Record<string, RuleKnowledge>> = {
  // ── Syntax: how each engine splits and reads lines ─────────────────────
  'line-syntax': {
    'blank-line': {
      condition: 'an empty line inside the description',
      chromium: {
        verdict: 'rejects',
        error: 'Invalid SDP line.',
        source: 'libwebrtc pc/webrtc_sdp.cc GetLine, ParseContent',
        note: 'A line shorter than 3 characters fails GetLine. Inside a media section the message is "Invalid SDP line."; before the first m= line the session parser stops there and the media parser reports "Expects m line.".',
      },
      firefox: {
        verdict: 'depends',
        source: 'Firefox third_party/sipcc/sdp_main.c sdp_parse',
        note: 'sipcc ends the parse at a line with no known type token and ignores the rest of the text without an error: a trailing blank line is harmless, one in the middle drops everything after it (later checks then fail, e.g. no ICE credentials or no c= line).',
      },
    },
    'leading-whitespace': {
      condition: 'a line that starts with spaces or tabs',
      chromium: {
        verdict: 'rejects',
        error: 'Invalid SDP line.',
        source: 'libwebrtc pc/webrtc_sdp.cc GetLine, ParseContent',
        note: 'The type letter must be the first character; before the first m= line the message is "Expects m line." instead.',
      },
      firefox: {
        verdict: 'depends',
        source: 'Firefox third_party/sipcc/sdp_main.c sdp_parse',
        note: 'The indented line matches no type token, so sipcc stops reading there and drops the rest of the description without an error.',
      },
    },
    'short-line': {
      condition: 'a line shorter than three characters, such as `s=`',
      chromium: {
        verdict: 'rejects',
        error: 'Invalid SDP line.',
        source: 'libwebrtc pc/webrtc_sdp.cc GetLine',
        note: 'For `s=` the session parser reports "Expect line: s=".',
      },
      firefox: {
        verdict: 'accepts',
        source: 'Firefox dom/media/webrtc/sdp/SipccSdpParser.cpp SipccSdpParser::Parse',
        note: 'Firefox configures sipcc not to require a session name (sdp_require_session_name false), so `s=` is read as an empty name.',
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
        source: 'Firefox third_party/sipcc/sdp_token.c sdp_parse_attribute',
        note: 'sipcc drops an attribute it cannot parse and goes on; it fails later only if the dropped attribute was required (fingerprint, ice-ufrag, rid).',
      },
    },
  },
  'invalid-number': {
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
        source: 'Firefox third_party/sipcc/sdp_token.c sdp_parse_attribute',
        note: 'sipcc drops the attribute with a warning; the description fails later only if that attribute was needed.',
      },
    },
  },
  'number-out-of-range': {
    'payload-type': {
      condition: 'an RTP payload type above 127',
      chromium: {
        verdict: 'rejects',
        error: 'Failed to parse SessionDescription.',
        source: 'libwebrtc pc/webrtc_sdp.cc GetPayloadTypeFromString; media/base/rtp_utils.cc IsValidRtpPayloadType',
        note: 'The parse fails without a reason of its own, so only Blink\'s wrapper and the m= line are in the error.',
      },
      firefox: {
        verdict: 'rejects',
        error: 'is too large at level',
        source: 'Firefox dom/media/webrtc/jsep/JsepSessionImpl.cpp ParseSdp',
        note: 'Above 255 sipcc already fails with "Format is too large" (SipccSdpMediaSection::LoadFormats).',
      },
    },
    port: {
      condition: 'a port above 65535',
      chromium: { verdict: 'rejects', error: 'The port number is invalid', source: 'libwebrtc pc/webrtc_sdp.cc ParseMediaDescription' },
    },
  },
  'invalid-value': {
    default: {
      condition: 'a field value its grammar does not allow',
      chromium: {
        verdict: 'depends',
        source: 'libwebrtc pc/webrtc_sdp.cc ParseDtlsSetup, GetSingleTokenValue, ParseConnectionData',
        note: 'Rejected where libwebrtc reads the field: an unknown a=setup role ("Invalid attribute value."), a non-token mid ("Illegal character found in the value of mid"), a nettype other than IN; other fields are ignored.',
      },
      firefox: {
        verdict: 'depends',
        source: 'Firefox third_party/sipcc/sdp_token.c sdp_parse_attribute',
        note: 'Bad attribute values are dropped with a warning; bad values on o=, c= or m= fail the parse.',
      },
    },
  },
  'invalid-syntax': {
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
        source: 'Firefox third_party/sipcc/sdp_token.c sdp_parse_attribute',
        note: 'sipcc drops it; the description then fails only if the attribute was required (ice-ufrag: "Invalid description, no ice-ufrag attribute").',
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
      chromium: { verdict: 'accepts', source: 'libwebrtc pc/webrtc_sdp.cc ParseCandidate', note: 'Seen from Google servers; the oracle should confirm.' },
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
};
