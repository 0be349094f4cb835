/*
 * Variants a browser rejects that lint, with that browser as the target,
 * does not call an error, each with the reason. The agreement test fails
 * when a miss is not listed here, and when a listed one is caught after all
 * (then it leaves the list).
 */

export const KNOWN_MISSES: Readonly<Record<'chromium' | 'firefox', Readonly<Record<string, string>>>> = {
  chromium: {},
  firefox: {},
};

/**
 * Caught variants whose error quotes a message the engine did not give: the
 * engine stopped at another problem first, one lint does not report with its
 * own message. The agreement test fails on any other, and on one listed here
 * that quotes right after all.
 */
export const KNOWN_OTHER_MESSAGE: Readonly<Record<'chromium' | 'firefox', Readonly<Record<string, string>>>> = {
  chromium: {
    'defect/chrome-offer/mid-removed-video': "Chromium first gives the section without a=mid a generated mid and refuses the duplicate ('Duplicate a=mid value'); lint reports the BUNDLE group naming the removed mid",
    'defect/firefox-offer/mid-removed-video': "Chromium first gives the section without a=mid a generated mid and refuses the duplicate ('Duplicate a=mid value'); lint reports the BUNDLE group naming the removed mid",
    'defect/firefox-simulcast-offer/mid-removed-video': "Chromium first gives the section without a=mid a generated mid and refuses the duplicate ('Duplicate a=mid value'); lint reports the BUNDLE group naming the removed mid",
    'syntax/chrome-offer/control-char-in-mid': 'Chromium refuses the control character in the mid first; lint reports it as invisible-characters, whose Chromium verdict depends on the field',
  },
  firefox: {
    'defect/firefox-simulcast-offer/rid-bad-direction': "sipcc refuses the a=rid direction while parsing ('Invalid direction'); lint reports the a=simulcast naming a rid it does not see declared",
  },
};
