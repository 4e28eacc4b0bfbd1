// The longest chat message read, in characters: the API refuses longer ones (contract), the Zalo
// webhook and the text normalisation cut at it, and the mini app's input stops there. No imports:
// the clients take it through contract/constants.ts.
export const CHAT_TEXT_MAX = 1000;
