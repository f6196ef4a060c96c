/** The Grafana HTTP API shapes the access setup reads (Grafana docs: HTTP API → Team, Folder, Folder permissions, User). */
export interface TeamSearchResponse {
  totalCount: number;
  teams: Array<{ id: number; uid?: string; name: string }>;
}

export interface CreateTeamResponse {
  teamId: number;
  uid?: string;
}

export interface TeamMember {
  userId: number;
  login: string;
  email: string;
}

export interface UserLookup {
  id: number;
  login: string;
  email: string;
}

export interface Folder {
  uid: string;
  title: string;
}

export interface FolderPermission {
  teamId?: number;
  userId?: number;
  role?: string;
  permission: number;
}
