// What the live context offers the composition root's HTTP setup: its WebSocket route's description
// for the OpenAPI document (the route itself registers with the module).
export { LIVE_MESSAGE_SCHEMAS, LIVE_OPERATION } from './adapters/http/live.openapi.js';
export { LIVE_PATH } from './adapters/http/live.endpoint.js';
