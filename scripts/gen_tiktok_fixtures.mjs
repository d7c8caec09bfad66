// Writes tests/fixtures/relays/tiktok24/frames.jsonl with TikTok-Live-Connector's own code: each
// WebcastMessage is encoded with the package's tiktok-live-proto v3 schema, decoded by the package's
// `deserializeMessage` (as its websocket client does) and turned into events by
// `TikTokLiveConnection.processProtoMessageFetchResult`; every event the connection emits is written
// as the {"event", "data"} JSON a relay forwards (JSON.stringify of the emitted object).
//
//   npm install --prefix /tmp/ttlc tiktok-live-connector@2.4.4
//   node scripts/gen_tiktok_fixtures.mjs /tmp/ttlc > tests/fixtures/relays/tiktok24/frames.jsonl
//
// Nothing of the package is kept in this repository; the stream below is ours, the JSON is its.
import path from 'node:path';
import { pathToFileURL } from 'node:url';

const dir = process.argv[2] || '/tmp/ttlc';
const T = await import(pathToFileURL(path.join(dir, 'node_modules/tiktok-live-connector/dist/index.js')).href);

// A message with every field at its decoded default, then ours set (the encoder needs all fields).
const make = (type, fields = {}) => Object.assign(type.decode(new Uint8Array()), fields);
let msgSeq = 7443000000000000000n;
const common = (method, t) => make(T.CommonMessageData, {
  method, msgId: String(++msgSeq), roomId: '7441234567890123456', createTime: String(1764050000000 + t * 1000),
});
const user = (id, nickname, displayId, follow = '0', fansLevel = 0) => make(T.User, {
  id, nickname, displayId,
  followInfo: make(T.FollowInfo, { followStatus: follow }),
  fansClub: fansLevel ? make(T.FansClubMember, { data: make(T.FansClubData, { clubName: 'shop fam', level: fansLevel }) })
    : undefined,
});
const sunny = user('6900000000000000001', 'Sunny ☀️', 'sunny.day', '1', 4);
const mark = user('6900000000000000002', 'Mark', 'mark_t');
const lin = user('6900000000000000003', '林林', 'lin.lin', '2', 11);
const rose = make(T.Gift, { id: '5655', name: 'Rose', diamondCount: 1, type: 1, combo: true, describe: 'sent Rose' });
const galaxy = make(T.Gift, { id: '11046', name: 'Galaxy', diamondCount: 1000, type: 2, combo: false });

const messages = [];
const add = (method, fields) => messages.push([method, make(T[method], { common: common(method, messages.length), ...fields })]);
add('WebcastRoomUserSeqMessage', { total: '312', totalUser: '5120', popStr: '312' });
add('WebcastChatMessage', { user: sunny, content: 'hi from Manila 👋' });
add('WebcastChatMessage', { user: mark, content: 'how much is the blue one?' });
add('WebcastMemberMessage', { user: lin, action: 1, memberCount: 313 });
add('WebcastChatMessage', { user: lin, content: '这个有中文说明吗' });
add('WebcastChatMessage', { user: sunny, content: '1' });
add('WebcastChatMessage', { user: mark, content: '1' });
add('WebcastChatMessage', { user: sunny, content: '1' });
for (let n = 1; n <= 3; n++) {  // a Rose streak: repeatCount is the running total, the last frame repeatEnd 1
  add('WebcastGiftMessage', { user: sunny, giftId: '5655', gift: rose, repeatCount: n, comboCount: n, groupId: '1732500001001', repeatEnd: 0 });
}
add('WebcastGiftMessage', { user: sunny, giftId: '5655', gift: rose, repeatCount: 3, comboCount: 3, groupId: '1732500001001', repeatEnd: 1 });
add('WebcastLikeMessage', { user: mark, count: 15, total: '1520' });
add('WebcastGiftMessage', { user: lin, giftId: '11046', gift: galaxy, repeatCount: 1, groupId: '1732500001002', repeatEnd: 1 });
add('WebcastSocialMessage', { user: mark, action: '1',
  common: make(T.CommonMessageData, { ...common('WebcastSocialMessage', 20),
    displayText: make(T.MessageCommonText, { key: 'pm_main_follow_message_viewer_2', defaultPattern: '{0:user} followed the LIVE creator' }) }) });
add('WebcastSocialMessage', { user: lin, action: '3',
  common: make(T.CommonMessageData, { ...common('WebcastSocialMessage', 21),
    displayText: make(T.MessageCommonText, { key: 'pm_mt_guidance_share', defaultPattern: '{0:user} shared the LIVE' }) }) });
add('WebcastRoomUserSeqMessage', { total: '905', totalUser: '26012', popStr: '905' });
add('WebcastChatMessage', { user: mark, content: 'thanks, bye' });
add('WebcastControlMessage', { action: T.ControlAction.CONTROL_ACTION_STREAM_ENDED });

const result = make(T.ProtoMessageFetchResult, {
  messages: messages.map(([method, m]) => make(T.BaseProtoMessage, { method, payload: Buffer.from(T[method].encode(m).finish()) })),
});
const decoded = T.deserializeMessage('ProtoMessageFetchResult', Buffer.from(T.ProtoMessageFetchResult.encode(result).finish()));

const conn = new T.TikTokLiveConnection('shopdemo', {});
conn.disconnect = async () => {};  // streamEnd asks the (never opened) socket to close
const json = (v) => JSON.stringify(v, (_, x) => (typeof x === 'bigint' ? x.toString() : x));
const events = ['chat', 'member', 'gift', 'like', 'roomUser', 'follow', 'share', 'social', 'streamEnd'];
for (const event of events) conn.on(event, (data) => process.stdout.write(json({ event, data }) + '\n'));
await conn.processProtoMessageFetchResult(decoded);
