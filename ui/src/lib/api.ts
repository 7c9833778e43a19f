// Every call from the UI to the Rust backend goes through this module, so tests can mock
// the backend in one place (see @tauri-apps/api/mocks).
import { invoke } from "@tauri-apps/api/core";
import { listen, type UnlistenFn } from "@tauri-apps/api/event";
import type {
  AppInfo,
  Creator,
  CreatorInput,
  DuplicatePolicy,
  ErrorPayload,
  ExportResult,
  Facets,
  ImportField,
  ImportPreview,
  ImportReport,
  ImportSession,
  Progress,
  RosterPage,
  RosterQuery,
} from "./bindings";

/** An error from the backend, with its code and the fields at fault. */
export class ApiError extends Error {
  readonly code: string;
  readonly fields: ErrorPayload["fields"];
  constructor(payload: ErrorPayload) {
    super(payload.message);
    this.code = payload.code;
    this.fields = payload.fields;
  }
}

function isPayload(value: unknown): value is ErrorPayload {
  return typeof value === "object" && value !== null && "code" in value && "message" in value;
}

async function call<T>(command: string, args?: Record<string, unknown>): Promise<T> {
  try {
    return await invoke<T>(command, args);
  } catch (e) {
    if (isPayload(e)) throw new ApiError({ ...e, fields: e.fields ?? [] });
    throw new ApiError({ code: "internal", message: String(e), fields: [] });
  }
}

export const api = {
  appInfo: () => call<AppInfo>("app_info"),
  listCreators: (query: RosterQuery) => call<RosterPage>("list_creators", { query }),
  facets: () => call<Facets>("roster_facets"),
  getCreator: (id: number) => call<Creator>("get_creator", { id }),
  createCreator: (input: CreatorInput) => call<Creator>("create_creator", { input }),
  updateCreator: (id: number, input: CreatorInput) => call<Creator>("update_creator", { id, input }),
  deleteCreator: (id: number) => call<Creator>("delete_creator", { id }),
  restoreCreator: (id: number) => call<Creator>("restore_creator", { id }),
  loadSampleRoster: () => call<number>("load_sample_roster"),
  pickImportFile: () => call<ImportSession | null>("pick_import_file"),
  previewImport: (token: number, mapping: (ImportField | null)[]) =>
    call<ImportPreview>("preview_import", { token, mapping }),
  commitImport: (token: number, mapping: (ImportField | null)[], policy: DuplicatePolicy) =>
    call<ImportReport>("commit_import", { token, mapping, policy }),
  exportRoster: (query: RosterQuery) => call<ExportResult | null>("export_roster", { query }),
  onImportProgress: (handler: (p: Progress) => void): Promise<UnlistenFn> =>
    listen<Progress>("import-progress", (event) => handler(event.payload)),
};

export function messageOf(e: unknown): string {
  return e instanceof Error ? e.message : String(e);
}
