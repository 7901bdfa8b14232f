// Ticker emulator page: shows what the emulated device draws and sends its button presses. All behaviour is the
// device core's, on the server; this file only displays events (server-sent) and forwards input.
"use strict";

const $ = (id) => document.getElementById(id);
const LEVELS = ["none", "watch", "warning", "cascade"];
const ROLE_TEXT = { previous: "previous screen", next: "next screen", acknowledge: "acknowledge", only: "next screen; hold: acknowledge" };
const KEY_TEXT = { " ": "Space", ArrowLeft: "←", ArrowRight: "→", Enter: "Enter" };

// What tests (and curious people) can read: counts and the latest state.
const state = window.tickerEmulator = {
  board: null, status: null, frameVersion: 0, screen: null, ledOn: false, ledToggles: 0, snapshotSeq: null,
  replay: null, alerts: [], sounds: [],
};

// ---- board and buttons ------------------------------------------------------------------------------------------

let buttonQueue = Promise.resolve();
const held = new Set();

function send(path, body) {
  // One request at a time, in order: a release must never overtake its press.
  buttonQueue = buttonQueue.then(() => fetch(path, {
    method: "POST",
    headers: { "Content-Type": "application/json" },
    body: body === undefined ? "{}" : JSON.stringify(body),
  })).catch(() => {});
  return buttonQueue;
}

function press(index) {
  if (held.has(index)) return;
  held.add(index);
  document.querySelector(`.hw-button[data-index="${index}"]`)?.classList.add("down");
  send(`/api/buttons/${index}/press`);
}

function release(index) {
  if (!held.has(index)) return;
  held.delete(index);
  document.querySelector(`.hw-button[data-index="${index}"]`)?.classList.remove("down");
  send(`/api/buttons/${index}/release`);
}

function scaleFor(width, height) {
  const room = Math.max(320, Math.min(window.innerWidth - 420, 1100));
  return Math.max(1, Math.min(Math.floor(room / width), Math.floor(640 / height), 4));
}

function showBoard(board) {
  state.board = board;
  held.clear();
  const device = $("device");
  device.className = `board board-${board.id}`;
  $("board-name").textContent = board.name;
  // A board without an LED of its own shows the add-on its hardware guide suggests (the firmware drives that pin).
  $("led-housing").classList.toggle("addon", !board.hasLed);
  $("led-caption").textContent = board.hasLed ? "LED" : `add-on LED · GPIO${board.ledPin}`;
  $("led-housing").title = board.hasLed ? `the board's LED (GPIO${board.ledPin})` : `not on this board: an LED wired to GPIO${board.ledPin} (hardware/${board.id})`;
  const scale = scaleFor(board.width, board.height);
  const img = $("screen");
  img.removeAttribute("src");
  img.width = board.width * scale;
  img.height = board.height * scale;
  img.dataset.scale = String(scale);
  img.alt = `${board.name} screen, ${board.width}×${board.height} pixels shown ${scale}× larger`;

  const buttons = $("buttons");
  buttons.replaceChildren();
  for (const b of board.buttons) {
    const el = document.createElement("button");
    el.type = "button";
    el.className = "hw-button";
    el.dataset.index = String(b.index);
    el.dataset.role = b.role;
    el.setAttribute("aria-label", `Button ${b.label}: ${ROLE_TEXT[b.role]} (key ${KEY_TEXT[b.key] || b.key}); hold one second to acknowledge an alert`);
    el.innerHTML = `${b.label}<span class="role">${ROLE_TEXT[b.role]}</span>`;
    el.addEventListener("pointerdown", (e) => { el.setPointerCapture?.(e.pointerId); press(b.index); });
    el.addEventListener("pointerup", () => release(b.index));
    el.addEventListener("pointercancel", () => release(b.index));
    el.addEventListener("lostpointercapture", () => release(b.index));
    // Keyboard activation of the focused button (Enter/Space on a <button>) is handled by the global keys below.
    el.addEventListener("click", (e) => e.preventDefault());
    buttons.appendChild(el);
  }

  const keys = board.buttons.map((b) => `${KEY_TEXT[b.key] || b.key} = ${b.label}`);
  if (!board.buttons.some((b) => b.key === " ")) {
    const next = board.buttons.find((b) => b.role === "next");
    if (next) keys.push(`Space = ${next.label}`);
  }
  $("keys").textContent = `Keys: ${keys.join(", ")}. Click = short press; hold 1 s = long press (acknowledge).`;
  $("board-picker").value = board.id;
}

function buttonForKey(key) {
  if (!state.board) return null;
  const exact = state.board.buttons.find((b) => b.key === key);
  if (exact) return exact;
  return key === " " ? state.board.buttons.find((b) => b.role === "next") || null : null;
}

document.addEventListener("keydown", (e) => {
  if (e.target instanceof HTMLSelectElement || e.altKey || e.ctrlKey || e.metaKey) return;
  const b = buttonForKey(e.key);
  if (!b) return;
  e.preventDefault();
  if (!e.repeat) press(b.index);
});

document.addEventListener("keyup", (e) => {
  const b = buttonForKey(e.key);
  if (!b) return;
  e.preventDefault();
  release(b.index);
});

$("board-picker").addEventListener("change", (e) => {
  fetch("/api/board", { method: "POST", headers: { "Content-Type": "application/json" }, body: JSON.stringify({ id: e.target.value }) });
});

async function loadBoards() {
  const boards = await (await fetch("/api/boards")).json();
  const picker = $("board-picker");
  picker.replaceChildren(...boards.map((b) => new Option(`${b.name} (${b.width}×${b.height})`, b.id)));
  if (state.board) picker.value = state.board.id;
}

// ---- device events ----------------------------------------------------------------------------------------------

function showLed(on) {
  const led = $("led");
  if (on !== state.ledOn) state.ledToggles++;
  state.ledOn = on;
  led.classList.toggle("on", on);
  const pattern = state.status ? state.status.led : "unknown";
  const name = state.board && !state.board.hasLed ? `Add-on LED (GPIO${state.board.ledPin})` : "LED";
  led.setAttribute("aria-label", `${name} ${on ? "lit" : "dark"} (pattern ${pattern})`);
  led.dataset.pattern = pattern;
}

function showStatus(s) {
  const before = state.status;
  state.status = s;
  const banner = $("alert-banner");
  if (s.alertLevel > 0) {
    banner.hidden = false;
    banner.className = `level-${s.alertLevel}${s.acknowledged ? " acknowledged" : ""}`;
    banner.textContent = `${LEVELS[s.alertLevel].toUpperCase()}${s.alertHeadline ? ": " + s.alertHeadline : ""}${s.acknowledged ? " (acknowledged: LED silenced)" : ""}`;
  } else {
    banner.hidden = true;
    banner.textContent = "";
  }

  $("status").textContent = `screen ${s.screen} · LED ${s.led} · ${s.mode}${s.stale ? " · STALE" : ""}` +
    `${s.seq != null ? " · seq " + s.seq : ""}${s.lastError ? " · last error: " + s.lastError : ""}`;
  showLed(state.ledOn);
  if (!before || before.alertLevel !== s.alertLevel) loadAlerts();
}

function showFrame(f) {
  const img = $("screen");
  img.src = f.png;
  img.dataset.version = String(f.version);
  img.dataset.screen = f.screen;
  state.frameVersion = f.version;
  state.screen = f.screen;
}

function showSnapshot(json) {
  let text = json;
  try {
    const parsed = JSON.parse(json);
    state.snapshotSeq = parsed.seq ?? null;
    $("snapshot-seq").textContent = parsed.seq != null ? `seq ${parsed.seq}` : "";
    text = JSON.stringify(parsed, null, 1);
  } catch {
    // Shown as it came: the device rejects it and says why on its status screen.
  }
  $("snapshot-raw").textContent = text;
}

function connect() {
  const events = new EventSource("/api/events");
  events.onopen = () => { $("connection").textContent = "live"; };
  events.onerror = () => { $("connection").textContent = "reconnecting…"; };
  events.addEventListener("board", (e) => showBoard(JSON.parse(e.data)));
  events.addEventListener("status", (e) => showStatus(JSON.parse(e.data)));
  events.addEventListener("led", (e) => showLed(JSON.parse(e.data).on));
  events.addEventListener("frame", (e) => showFrame(JSON.parse(e.data)));
  events.addEventListener("snapshot", (e) => showSnapshot(JSON.parse(e.data).json));
  events.addEventListener("sound", (e) => onSound(JSON.parse(e.data)));
}

// ---- sound: the core's patterns played with Web Audio ------------------------------------------------------------

let audio = null;
let playing = [];

function audioContext() {
  if (!audio) {
    const Context = window.AudioContext || window.webkitAudioContext;
    if (!Context) return null;
    audio = new Context();
  }
  // Browsers start audio suspended until the page is used; any click or key resumes it.
  if (audio.state === "suspended") audio.resume().catch(() => {});
  return audio;
}

function stopSound() {
  for (const oscillator of playing) {
    try { oscillator.stop(); } catch { /* already ended */ }
  }
  playing = [];
}

// A square wave per tone, as the device's PWM pin makes: each tone starts where the previous one ended.
function playSound(tones) {
  const context = audioContext();
  if (!context) return 0;
  stopSound();
  const gain = context.createGain();
  gain.gain.value = 0.05;
  gain.connect(context.destination);
  let at = context.currentTime + 0.02;
  let started = 0;
  for (const [hz, ms] of tones) {
    if (hz > 0) {
      const oscillator = context.createOscillator();
      oscillator.type = "square";
      oscillator.frequency.value = hz;
      oscillator.connect(gain);
      oscillator.start(at);
      oscillator.stop(at + ms / 1000);
      playing.push(oscillator);
      started++;
    }
    at += ms / 1000;
  }
  return started;
}

function onSound(s) {
  // Every event is recorded, played or not (muted, or no audio): what tests and curious people read.
  state.sounds.push({ pattern: s.pattern, seq: s.seq });
  if (s.pattern === null) {
    stopSound();
    $("sound-last").textContent = "";
    return;
  }
  $("sound-last").textContent = `· last sound: ${s.pattern}`;
  if ($("sound-on").checked) playSound(s.tones);
}

document.addEventListener("pointerdown", () => { if ($("sound-on").checked) audioContext(); }, { once: true });
$("sound-on").addEventListener("change", (e) => { if (e.target.checked) audioContext(); else stopSound(); });

// ---- feed: replay controls and alert history --------------------------------------------------------------------

function minutes(ms) {
  const s = Math.floor(ms / 1000);
  const h = Math.floor(s / 3600);
  const m = Math.floor((s % 3600) / 60);
  return `${h > 0 ? h + "h" : ""}${String(m).padStart(h > 0 ? 2 : 1, "0")}m${String(s % 60).padStart(2, "0")}s`;
}

function showReplay(r) {
  state.replay = r;
  const panel = $("replay");
  if (!r) { panel.hidden = true; return; }
  panel.hidden = false;
  $("replay-file").textContent = r.file || "";
  $("replay-pause").textContent = r.paused ? "Resume" : "Pause";
  $("replay-pause").setAttribute("aria-pressed", String(!!r.paused));
  const speed = $("replay-speed");
  if (![...speed.options].some((o) => Number(o.value) === r.speed)) speed.add(new Option(`${r.speed}x`, String(r.speed)));
  if (document.activeElement !== speed) speed.value = String(r.speed);
  const pct = r.durationMs > 0 ? Math.min(100, (100 * r.positionMs) / r.durationMs) : 0;
  $("timeline-fill").style.width = `${pct}%`;
  $("timeline").setAttribute("aria-valuenow", pct.toFixed(0));
  $("replay-position").textContent = `${minutes(r.positionMs)} of ${minutes(r.durationMs)}${r.loop ? " · loop " + (r.pass ?? 1) : ""}`;
  const markers = $("timeline-markers");
  const key = JSON.stringify(r.markers || []);
  if (markers.dataset.key !== key) {
    markers.dataset.key = key;
    markers.replaceChildren(...(r.markers || []).map((m, i) => {
      const el = document.createElement("div");
      el.className = "marker";
      el.style.left = `${r.durationMs > 0 ? (100 * m.atMs) / r.durationMs : 0}%`;
      el.title = `${m.label} at ${minutes(m.atMs)}`;
      const label = document.createElement("span");
      label.textContent = m.label;
      if (i % 2 === 1) label.style.top = "-1.2em";
      el.appendChild(label);
      return el;
    }));
  }
}

async function loadReplay() {
  try {
    const response = await fetch("/api/replay");
    const pass = state.replay?.pass;
    showReplay(response.ok ? await response.json() : null);
    // A new pass starts the story again: the history shown must start again too.
    if (state.replay && pass !== undefined && state.replay.pass !== pass) loadAlerts();
  } catch {
    showReplay(null);
  }
  setTimeout(loadReplay, state.replay ? 1000 : 10000);
}

async function controlReplay(body) {
  const response = await fetch("/api/replay", { method: "POST", headers: { "Content-Type": "application/json" }, body: JSON.stringify(body) });
  if (response.ok) showReplay(await response.json());
}

$("replay-pause").addEventListener("click", () => state.replay && controlReplay({ paused: !state.replay.paused }));
$("replay-restart").addEventListener("click", () => controlReplay({ restart: true }));
$("replay-speed").addEventListener("change", (e) => controlReplay({ speed: Number(e.target.value) }));

async function loadAlerts() {
  try {
    const response = await fetch("/api/alerts");
    if (!response.ok) return;
    const body = await response.json();
    state.alerts = body.transitions || [];
    const list = $("alert-history");
    if (state.alerts.length === 0) {
      list.replaceChildren(Object.assign(document.createElement("li"), { className: "note", textContent: "none yet" }));
      return;
    }
    list.replaceChildren(...state.alerts.slice(-30).reverse().map((t) => {
      const li = document.createElement("li");
      li.className = `level-${t.level}`;
      const when = new Date(t.at * 1000).toISOString().replace("T", " ").slice(0, 19);
      const m5 = t.m5Usd != null ? ` · 5m $${(t.m5Usd / 1e6).toFixed(1)}M` : "";
      const price = t.priceChgPct != null ? ` · price ${t.priceChgPct}%` : "";
      li.textContent = `${when} ${LEVELS[t.level] || t.level}${t.side ? " " + t.side : ""}${t.headline ? ": " + t.headline : ""}${m5}${price}`;
      return li;
    }));
  } catch {
    // The feed may be restarting; the next status change or the timer tries again.
  }
}

loadBoards();
connect();
loadReplay();
loadAlerts();
setInterval(loadAlerts, 15000);
