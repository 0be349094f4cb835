/** The example pair the page opens with: a real Chrome offer and the Firefox answer to it. */
import chromeOffer from '../../examples/chrome-offer.sdp?raw';
import firefoxAnswer from '../../examples/firefox-answer.sdp?raw';

export const exampleOffer: string = chromeOffer;
export const exampleAnswer: string = firefoxAnswer;
