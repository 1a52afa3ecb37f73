import { LiveHelloMessage, LiveMessage, LivePongMessage } from '../api/api-types';

/**
 * A message of GET /api/live about one band (API.md, "Live updates and activity"): ids and counts
 * only, so a screen reads again what it shows. The shapes come from the OpenAPI document.
 */
export type LiveBandMessage = Exclude<LiveMessage, LiveHelloMessage | LivePongMessage>;

export type LiveMessageType = LiveBandMessage['type'];

/** The messages of these types (an intersection, not Extract: one member of the union covers several types). */
export type LiveMessageOf<T extends LiveMessageType> = LiveBandMessage & { readonly type: T };

/** The first message on a socket: the bands it is subscribed to. */
export type LiveHello = LiveHelloMessage;
